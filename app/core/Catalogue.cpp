#include "core/Catalogue.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace rc {
namespace {

// lupdate takes the context from this declaration; a plain function would hide it.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Catalogue)
};

// Collects problems with their JSON path, so one bad file yields every error at once.
struct Reader
{
    QString source;
    QStringList *errors;
    bool ok = true;

    void error(const QString &path, const QString &problem)
    {
        ok = false;
        if (errors)
            errors->append(QStringLiteral("%1: %2: %3").arg(source, path, problem));
    }
    QString string(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                error(path + QLatin1Char('.') + key, QStringLiteral("is missing"));
            return QString();
        }
        if (!v.isString()) {
            error(path + QLatin1Char('.') + key, QStringLiteral("must be a string"));
            return QString();
        }
        return v.toString();
    }
    bool boolean(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            error(path + QLatin1Char('.') + key, QStringLiteral("must be true or false"));
        return v.toBool();
    }
    int positiveInt(const QJsonValue &v, const QString &path)
    {
        const double d = v.toDouble(-1);
        if (!v.isDouble() || d < 1 || d != double(qint64(d)) || d > 1e6) {
            error(path, QStringLiteral("must be a positive whole number"));
            return 0;
        }
        return int(d);
    }
    QStringList stringList(const QJsonObject &o, const QString &key, const QString &path)
    {
        QStringList out;
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            error(path + QLatin1Char('.') + key, QStringLiteral("must be a list of strings"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                error(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i), QStringLiteral("must be a string"));
            else
                out.append(a[i].toString());
        }
        return out;
    }
    QList<int> intList(const QJsonObject &o, const QString &key, const QString &path, bool required)
    {
        QList<int> out;
        const QJsonValue v = o.value(key);
        if (!v.isArray() || (required && v.toArray().isEmpty())) {
            if (required || !v.isUndefined())
                error(path + QLatin1Char('.') + key, QStringLiteral("must be a non-empty list of whole numbers"));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i)
            out.append(positiveInt(a[i], QStringLiteral("%1.%2[%3]").arg(path, key).arg(i)));
        return out;
    }
    QStringList sizeList(const QJsonObject &o, const QString &key, const QString &path)
    {
        const QStringList list = stringList(o, key, path);
        for (int i = 0; i < list.size(); ++i)
            if (!VideoSize::parse(list[i]))
                error(QStringLiteral("%1.%2[%3]").arg(path, key).arg(i),
                      QStringLiteral("\"%1\" is not a size like 1280x720").arg(list[i]));
        return list;
    }

    ModelSpec model(const QString &id, const QJsonObject &o, const QString &path)
    {
        ModelSpec m;
        m.id = id;
        m.label = string(o, QStringLiteral("label"), path, false);
        if (m.label.isEmpty())
            m.label = id;
        const QJsonArray tiers = o.value(QStringLiteral("tiers")).toArray();
        if (tiers.isEmpty())
            error(path + QStringLiteral(".tiers"), QStringLiteral("must list at least one tier"));
        for (int i = 0; i < tiers.size(); ++i) {
            const QString tp = QStringLiteral("%1.tiers[%2]").arg(path).arg(i);
            const QJsonObject t = tiers[i].toObject();
            TierSpec spec{string(t, QStringLiteral("id"), tp, true), string(t, QStringLiteral("label"), tp, false)};
            if (spec.label.isEmpty())
                spec.label = spec.id;
            m.tiers.append(spec);
        }
        m.durations = intList(o, QStringLiteral("durations"), path, true);
        const QStringList sizes = sizeList(o, QStringLiteral("sizes"), path);
        if (sizes.isEmpty())
            error(path + QStringLiteral(".sizes"), QStringLiteral("must list at least one size"));
        for (const auto &s : sizes)
            if (auto parsed = VideoSize::parse(s))
                m.sizes.append(*parsed);
        const QJsonArray rules = o.value(QStringLiteral("sizeRules")).toArray();
        for (int i = 0; i < rules.size(); ++i) {
            const QString rp = QStringLiteral("%1.sizeRules[%2]").arg(path).arg(i);
            const QJsonObject r = rules[i].toObject();
            m.sizeRules.append(SizeRule{sizeList(r, QStringLiteral("sizes"), rp),
                                        intList(r, QStringLiteral("durations"), rp, true)});
        }
        m.imageInput = boolean(o, QStringLiteral("imageInput"), path);
        m.lastFrameInput = boolean(o, QStringLiteral("lastFrameInput"), path);
        m.negativePrompt = boolean(o, QStringLiteral("negativePrompt"), path);
        m.audio = boolean(o, QStringLiteral("audio"), path);
        if (o.contains(QStringLiteral("maxPromptChars")))
            m.maxPromptChars = positiveInt(o.value(QStringLiteral("maxPromptChars")), path + QStringLiteral(".maxPromptChars"));
        const QJsonValue prices = o.value(QStringLiteral("prices"));
        if (!prices.isArray() || prices.toArray().isEmpty())
            error(path + QStringLiteral(".prices"), QStringLiteral("must list at least one price (0 for free)"));
        const QJsonArray priceArray = prices.toArray();
        for (int i = 0; i < priceArray.size(); ++i) {
            const QString pp = QStringLiteral("%1.prices[%2]").arg(path).arg(i);
            const QJsonObject p = priceArray[i].toObject();
            const QJsonValue v = p.value(QStringLiteral("perSecondUsd"));
            Money price;
            // Read through the decimal text so 0.1 becomes exactly 100000 micros.
            if (!v.isDouble() || v.toDouble() < 0
                || !Money::parse(QString::number(v.toDouble(), 'f', 6), &price))
                error(pp + QStringLiteral(".perSecondUsd"), QStringLiteral("must be a number of dollars, 0 or more"));
            m.prices.append(PriceRule{sizeList(p, QStringLiteral("sizes"), pp),
                                      stringList(p, QStringLiteral("tiers"), pp), price});
        }
        const QJsonValue retired = o.value(QStringLiteral("retired"));
        if (!retired.isUndefined() && !retired.isArray())
            error(path + QStringLiteral(".retired"), QStringLiteral("must be a list of {host, date, replacement}"));
        const QJsonArray retiredArray = retired.toArray();
        for (int i = 0; i < retiredArray.size(); ++i) {
            const QString rp = QStringLiteral("%1.retired[%2]").arg(path).arg(i);
            const QJsonObject r = retiredArray[i].toObject();
            ModelRetirement entry{string(r, QStringLiteral("host"), rp, true), string(r, QStringLiteral("date"), rp, true),
                                  string(r, QStringLiteral("replacement"), rp, false)};
            // A date the user can act on: written the one way every message shows it.
            if (!entry.date.isEmpty() && !QDate::fromString(entry.date, Qt::ISODate).isValid())
                error(rp + QStringLiteral(".date"), QStringLiteral("\"%1\" is not a date like 2026-09-24").arg(entry.date));
            if (entry.host.contains(QLatin1Char('/')))
                error(rp + QStringLiteral(".host"), QStringLiteral("must be a host name like api.openai.com, not a URL"));
            m.retired.append(entry);
        }
        return m;
    }

    ProviderSpec provider(const QJsonObject &o, const QString &path)
    {
        ProviderSpec p;
        p.id = string(o, QStringLiteral("id"), path, true);
        p.kind = string(o, QStringLiteral("kind"), path, true);
        static const QStringList kinds{QStringLiteral("builtin"), QStringLiteral("videos-api"), QStringLiteral("gemini"),
                                       QStringLiteral("comfyui"),
                                       QStringLiteral("openrouter"), QStringLiteral("fal")};
        if (!p.kind.isEmpty() && !kinds.contains(p.kind))
            error(path + QStringLiteral(".kind"),
                  QStringLiteral("\"%1\" is not one of %2").arg(p.kind, kinds.join(QStringLiteral(", "))));
        p.label = string(o, QStringLiteral("label"), path, false);
        if (p.label.isEmpty())
            p.label = p.id;
        p.description = string(o, QStringLiteral("description"), path, false);
        p.baseUrl = string(o, QStringLiteral("baseUrl"), path, p.kind != QLatin1String("builtin"));
        p.keyEnv = string(o, QStringLiteral("keyEnv"), path, false);
        p.retired = string(o, QStringLiteral("retired"), path, false);
        p.models = stringList(o, QStringLiteral("models"), path);
        if (p.models.isEmpty())
            error(path + QStringLiteral(".models"), QStringLiteral("must list at least one model"));
        if (o.contains(QStringLiteral("maxConcurrent")))
            p.maxConcurrent = positiveInt(o.value(QStringLiteral("maxConcurrent")), path + QStringLiteral(".maxConcurrent"));
        p.options = o.value(QStringLiteral("options")).toObject();
        return p;
    }
};

} // namespace

bool Catalogue::addJson(const QByteArray &json, const QString &sourceName, QStringList *errors,
                        const Catalogue *base)
{
    Reader r{sourceName, errors};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (doc.isNull() || !doc.isObject()) {
        // Line and column, so a user can find the mistake in an editor.
        const QByteArray before = json.left(doc.isNull() ? parseError.offset : 0);
        const int line = int(before.count('\n')) + 1;
        const int column = int(before.size() - (before.lastIndexOf('\n') + 1)) + 1;
        r.error(QStringLiteral("line %1, column %2 (offset %3)").arg(line).arg(column).arg(parseError.offset),
                doc.isNull() ? parseError.errorString() : QStringLiteral("the top level must be an object"));
        return false;
    }
    const QJsonObject root = doc.object();
    const QJsonObject models = root.value(QStringLiteral("models")).toObject();
    QHash<QString, ModelSpec> newModels;
    for (auto it = models.begin(); it != models.end(); ++it)
        newModels.insert(it.key(), r.model(it.key(), it.value().toObject(), QStringLiteral("models.") + it.key()));
    QList<ProviderSpec> newProviders;
    const QJsonArray providers = root.value(QStringLiteral("providers")).toArray();
    for (int i = 0; i < providers.size(); ++i)
        newProviders.append(r.provider(providers[i].toObject(), QStringLiteral("providers[%1]").arg(i)));
    // Providers may name models from this file or from what was loaded before it.
    for (int i = 0; i < newProviders.size(); ++i)
        for (const auto &m : newProviders[i].models)
            if (!newModels.contains(m) && !m_models.contains(m) && !(base && base->model(m)))
                r.error(QStringLiteral("providers[%1].models").arg(i),
                        QStringLiteral("\"%1\" is not a model in the catalogue").arg(m));
    if (!r.ok)
        return false; // all or nothing: a half-read file would price things wrongly
    for (auto it = newModels.begin(); it != newModels.end(); ++it)
        m_models.insert(it.key(), it.value());
    for (const auto &p : newProviders)
        upsertProvider(p);
    return true;
}

Catalogue Catalogue::defaults(QStringList *errors)
{
    Catalogue c;
    QFile builtin(QStringLiteral(":/reelcraft/catalogue.json"));
    if (builtin.open(QIODevice::ReadOnly))
        c.addJson(builtin.readAll(), QStringLiteral("built-in catalogue"), errors);
    else if (errors)
        errors->append(QStringLiteral("built-in catalogue: missing from the program's resources"));
    return c;
}

Catalogue Catalogue::load(const QString &overridePath, QStringList *errors)
{
    Catalogue c = defaults(errors);
    if (!overridePath.isEmpty() && QFile::exists(overridePath)) {
        QFile file(overridePath);
        if (!file.open(QIODevice::ReadOnly)) {
            if (errors)
                errors->append(QStringLiteral("%1: cannot be read: %2").arg(overridePath, file.errorString()));
        } else {
            c.addJson(file.readAll(), overridePath, errors);
        }
    }
    return c;
}

const ProviderSpec *Catalogue::provider(const QString &id) const
{
    for (const auto &p : m_providers)
        if (p.id == id)
            return &p;
    return nullptr;
}

const ModelSpec *Catalogue::model(const QString &id) const
{
    auto it = m_models.constFind(id);
    return it == m_models.constEnd() ? nullptr : &it.value();
}

std::optional<ModelRetirement> Catalogue::retirement(const ProviderSpec &provider, const QString &modelId) const
{
    const ModelSpec *m = model(modelId);
    return m ? retirementAt(m->retired, QUrl(provider.baseUrl)) : std::nullopt;
}

QStringList Catalogue::activeModels(const ProviderSpec &provider) const
{
    QStringList out;
    for (const QString &id : provider.models)
        if (!retirement(provider, id))
            out.append(id);
    return out;
}

QString Catalogue::effectiveModel(const GenerationRequest &request) const
{
    if (!request.model.isEmpty())
        return request.model;
    const ProviderSpec *p = provider(request.provider);
    if (!p || p->models.isEmpty())
        return QString();
    // The first model still served; when all are retired, the first, so validate() says why.
    const QStringList active = activeModels(*p);
    return active.isEmpty() ? p->models.first() : active.first();
}

QString Catalogue::validate(const GenerationRequest &request) const
{
    const ProviderSpec *p = provider(request.provider);
    if (!p)
        return Tr::tr("There is no provider named \"%1\".").arg(request.provider);
    const QString modelId = effectiveModel(request);
    if (!p->models.contains(modelId))
        return Tr::tr("%1 does not offer the model \"%2\" (it offers %3).")
            .arg(p->label, modelId, p->models.join(QStringLiteral(", ")));
    const ModelSpec *m = model(modelId);
    if (!m)
        return Tr::tr("The model \"%1\" is not in the catalogue.").arg(modelId);
    if (const auto gone = retirementAt(m->retired, QUrl(p->baseUrl)))
        return retiredModelMessage(m->label, gone->host, gone->date, gone->replacement);
    if (request.prompt.trimmed().isEmpty() && !request.hasImage())
        return Tr::tr("Write a prompt or add a photo.");
    if (request.prompt.size() > m->maxPromptChars)
        return Tr::tr("The prompt is %1 characters long; %2 takes at most %3.")
            .arg(request.prompt.size()).arg(m->label).arg(m->maxPromptChars);
    if (!m->offersTier(request.tier)) {
        QStringList ids;
        for (const auto &t : m->tiers)
            ids.append(t.id);
        return Tr::tr("%1 has no tier \"%2\" (choose %3).").arg(m->label, request.tier, ids.join(QStringLiteral(", ")));
    }
    if (!m->offersDuration(request.durationSec)) {
        QStringList ds;
        for (int d : m->durations)
            ds.append(QString::number(d));
        return Tr::tr("%1 makes clips of %2 seconds, not %3.")
            .arg(m->label, ds.join(QStringLiteral(", ")))
            .arg(request.durationSec);
    }
    if (!m->offersSize(request.size)) {
        QStringList ss;
        for (const auto &s : m->sizes)
            ss.append(s.toString());
        return Tr::tr("%1 makes %2 clips, not %3.").arg(m->label, ss.join(QStringLiteral(", ")), request.size.toString());
    }
    if (!m->allowsCombination(request.size, request.durationSec))
        return Tr::tr("%1 makes %2 clips only at some durations; %3 seconds is not one of them.")
            .arg(m->label, request.size.toString())
            .arg(request.durationSec);
    if (request.hasImage() && !m->imageInput)
        return Tr::tr("%1 cannot start from a photo.").arg(m->label);
    if (!request.lastFramePath.isEmpty() && !m->lastFrameInput)
        return Tr::tr("%1 cannot take a last frame.").arg(m->label);
    if (!request.negativePrompt.isEmpty() && !m->negativePrompt)
        return Tr::tr("%1 does not take a negative prompt.").arg(m->label);
    if (!m->pricePerSecond(request.size, request.tier))
        return Tr::tr("The catalogue has no price for %1 at %2.").arg(m->label, request.size.toString());
    return QString();
}

Money Catalogue::estimate(const GenerationRequest &request) const
{
    const ModelSpec *m = model(effectiveModel(request));
    if (!m)
        return Money();
    const auto perSecond = m->pricePerSecond(request.size, request.tier);
    return perSecond ? *perSecond * request.durationSec : Money();
}

void Catalogue::upsertProvider(const ProviderSpec &provider)
{
    for (auto &p : m_providers) {
        if (p.id == provider.id) {
            p = provider;
            return;
        }
    }
    m_providers.append(provider);
}

bool Catalogue::removeProvider(const QString &id)
{
    for (int i = 0; i < m_providers.size(); ++i) {
        if (m_providers[i].id == id) {
            m_providers.removeAt(i);
            return true;
        }
    }
    return false;
}

void Catalogue::upsertModel(const ModelSpec &model)
{
    m_models.insert(model.id, model);
}

QByteArray Catalogue::toJson() const
{
    QJsonObject models;
    for (auto it = m_models.begin(); it != m_models.end(); ++it)
        models.insert(it.key(), it.value().toJson());
    QJsonArray providers;
    for (const auto &p : m_providers)
        providers.append(p.toJson());
    return QJsonDocument(QJsonObject{{QStringLiteral("schema"), 1},
                                     {QStringLiteral("models"), models},
                                     {QStringLiteral("providers"), providers}})
        .toJson(QJsonDocument::Indented);
}

} // namespace rc
