#include "providers/comfyui/ComfyWorkflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace rc::comfyui {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(comfyui)
};

enum class Value { None, Prompt, Negative, Image, Seed, Width, Height, Frames, Fps };

// "{{prompt}}", "$prompt", "%prompt%", "PositivePrompt" ... -> what the placeholder stands for.
Value placeholderValue(const QString &text)
{
    static const QRegularExpression wrapped(QStringLiteral("^\\s*(?:\\{\\{\\s*([A-Za-z_]+)\\s*\\}\\}|\\$\\{?([A-Za-z_]+)\\}?|%([A-Za-z_]+)%)\\s*$"));
    QString word;
    const auto m = wrapped.match(text);
    if (m.hasMatch()) {
        for (int i = 1; i <= 3 && word.isEmpty(); ++i)
            word = m.captured(i);
    } else if (text == QLatin1String("PositivePrompt") || text == QLatin1String("NegativePrompt")
               || text == QLatin1String("ImageName")) {
        word = text; // the words ComfyUI's own workflow templates leave for a client to fill
    } else {
        return Value::None;
    }
    word = word.toLower().remove(QLatin1Char('_'));
    if (word == QLatin1String("prompt") || word == QLatin1String("positive") || word == QLatin1String("positiveprompt"))
        return Value::Prompt;
    if (word == QLatin1String("negative") || word == QLatin1String("negativeprompt"))
        return Value::Negative;
    if (word == QLatin1String("image") || word == QLatin1String("imagename") || word == QLatin1String("inputimage"))
        return Value::Image;
    if (word == QLatin1String("seed") || word == QLatin1String("noiseseed"))
        return Value::Seed;
    if (word == QLatin1String("width"))
        return Value::Width;
    if (word == QLatin1String("height"))
        return Value::Height;
    if (word == QLatin1String("length") || word == QLatin1String("frames") || word == QLatin1String("numframes"))
        return Value::Frames;
    if (word == QLatin1String("fps") || word == QLatin1String("framerate"))
        return Value::Fps;
    return Value::None;
}

bool isLink(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return v.isArray() && a.size() == 2 && (a.at(0).isString() || a.at(0).isDouble()) && a.at(1).isDouble();
}

QString linkSource(const QJsonValue &v)
{
    const QJsonValue first = v.toArray().at(0);
    return first.isString() ? first.toString() : QString::number(first.toInt());
}

// Nodes that write a video (or an animation) to the server's output folder.
bool isOutputClass(const QString &cls)
{
    static const QSet<QString> known{QStringLiteral("SaveVideo"), QStringLiteral("VHS_VideoCombine"),
                                     QStringLiteral("SaveAnimatedWEBP"), QStringLiteral("SaveWEBM"),
                                     QStringLiteral("SaveAnimatedPNG")};
    return known.contains(cls);
}

bool isSamplerClass(const QString &cls)
{
    return cls.contains(QLatin1String("Sampler")) && !cls.endsWith(QLatin1String("Select"))
        && !cls.startsWith(QLatin1String("ModelSampling"));
}

bool isModelFileName(const QString &s)
{
    static const QRegularExpression ext(QStringLiteral("\\.(safetensors|ckpt|pt|pth|bin|gguf|sft)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    return ext.match(s).hasMatch();
}

} // namespace

std::optional<Workflow> Workflow::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = Tr::tr("The workflow is not JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    QJsonObject graph = doc.object();
    // A graph saved with "Export (API)" is a map of nodes; the editor's own format has "nodes"
    // and "links" arrays, which the server does not run.
    if (graph.contains(QLatin1String("nodes")) && graph.value(QLatin1String("nodes")).isArray()) {
        *error = Tr::tr("This is ComfyUI's editor format; save the workflow with \"Export (API)\" instead.");
        return std::nullopt;
    }
    if (graph.contains(QLatin1String("prompt")) && graph.value(QLatin1String("prompt")).isObject())
        graph = graph.value(QLatin1String("prompt")).toObject(); // a whole /prompt body
    if (graph.isEmpty()) {
        *error = Tr::tr("The workflow has no nodes.");
        return std::nullopt;
    }
    for (auto it = graph.begin(); it != graph.end(); ++it) {
        const QJsonObject node = it.value().toObject();
        if (!it.value().isObject() || !node.value(QLatin1String("class_type")).isString()
            || !node.value(QLatin1String("inputs")).isObject()) {
            *error = Tr::tr("Node %1 of the workflow has no class_type or inputs: is it an API-format graph?").arg(it.key());
            return std::nullopt;
        }
    }
    Workflow w;
    w.m_graph = graph;
    w.findSlots();
    if (w.m_outputs.isEmpty()) {
        *error = Tr::tr("The workflow saves no video (no SaveVideo, VHS_VideoCombine or SaveAnimatedWEBP node).");
        return std::nullopt;
    }
    if (w.m_prompt.isEmpty()) {
        *error = Tr::tr("The workflow has no place for the prompt: put \"{{prompt}}\" in the positive text.");
        return std::nullopt;
    }
    return w;
}

void Workflow::findSlots()
{
    QSet<Value> placed;
    for (auto it = m_graph.constBegin(); it != m_graph.constEnd(); ++it) {
        const QJsonObject inputs = it.value().toObject().value(QLatin1String("inputs")).toObject();
        for (auto in = inputs.constBegin(); in != inputs.constEnd(); ++in) {
            if (!in.value().isString())
                continue;
            const InputSlot slot{it.key(), in.key()};
            switch (placeholderValue(in.value().toString())) {
            case Value::Prompt: m_prompt.append(slot); placed.insert(Value::Prompt); break;
            case Value::Negative: m_negative.append(slot); placed.insert(Value::Negative); break;
            case Value::Image: m_image.append(slot); placed.insert(Value::Image); break;
            case Value::Seed: m_seed.append(slot); placed.insert(Value::Seed); break;
            case Value::Width: m_width.append(slot); placed.insert(Value::Width); break;
            case Value::Height: m_height.append(slot); placed.insert(Value::Height); break;
            case Value::Frames: m_frames.append(slot); placed.insert(Value::Frames); break;
            case Value::Fps: m_fps.append(slot); placed.insert(Value::Fps); break;
            case Value::None: break;
            }
        }
    }

    // Where there is no placeholder, the value goes where ComfyUI's core nodes keep it.
    auto textNodeBehind = [this](const QJsonValue &link) -> QString {
        QString id = isLink(link) ? linkSource(link) : QString();
        for (int hops = 0; hops < 6 && !id.isEmpty(); ++hops) {
            const QJsonObject inputs = m_graph.value(id).toObject().value(QLatin1String("inputs")).toObject();
            if (inputs.value(QLatin1String("text")).isString())
                return id;
            // Conditioning passes through nodes such as LTXVConditioning: follow the same side.
            const QJsonValue next = inputs.contains(QLatin1String("positive")) ? inputs.value(QLatin1String("positive"))
                                                                               : inputs.value(QLatin1String("conditioning"));
            id = isLink(next) ? linkSource(next) : QString();
        }
        return QString();
    };
    for (auto it = m_graph.constBegin(); it != m_graph.constEnd(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QString cls = node.value(QLatin1String("class_type")).toString();
        const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
        if (isOutputClass(cls))
            m_outputs.append(it.key());
        if (isSamplerClass(cls)) {
            if (!placed.contains(Value::Prompt))
                if (const QString id = textNodeBehind(inputs.value(QLatin1String("positive"))); !id.isEmpty()
                    && !m_prompt.contains(InputSlot{id, QStringLiteral("text")}))
                    m_prompt.append({id, QStringLiteral("text")});
            if (!placed.contains(Value::Negative) && isLink(inputs.value(QLatin1String("negative")))) {
                const QString id = linkSource(inputs.value(QLatin1String("negative")));
                const QJsonObject neg = m_graph.value(id).toObject().value(QLatin1String("inputs")).toObject();
                QString textId = neg.value(QLatin1String("text")).isString() ? id : QString();
                if (textId.isEmpty() && isLink(neg.value(QLatin1String("negative"))))
                    textId = linkSource(neg.value(QLatin1String("negative")));
                if (!textId.isEmpty() && m_graph.value(textId).toObject().value(QLatin1String("inputs")).toObject()
                                             .value(QLatin1String("text")).isString()
                    && !m_negative.contains(InputSlot{textId, QStringLiteral("text")}))
                    m_negative.append({textId, QStringLiteral("text")});
            }
        }
        if (!placed.contains(Value::Seed))
            for (const char *name : {"seed", "noise_seed"})
                if (inputs.value(QLatin1String(name)).isDouble())
                    m_seed.append({it.key(), QString::fromLatin1(name)});
        const bool sized = inputs.value(QLatin1String("width")).isDouble() && inputs.value(QLatin1String("height")).isDouble();
        if (sized && inputs.value(QLatin1String("length")).isDouble()) {
            if (!placed.contains(Value::Width))
                m_width.append({it.key(), QStringLiteral("width")});
            if (!placed.contains(Value::Height))
                m_height.append({it.key(), QStringLiteral("height")});
            if (!placed.contains(Value::Frames))
                m_frames.append({it.key(), QStringLiteral("length")});
        }
        if (!placed.contains(Value::Fps))
            for (const char *name : {"fps", "frame_rate"})
                if (inputs.value(QLatin1String(name)).isDouble())
                    m_fps.append({it.key(), QString::fromLatin1(name)});
        if (!placed.contains(Value::Image) && cls == QLatin1String("LoadImage"))
            m_image.append({it.key(), QStringLiteral("image")});
    }
    // The negative text found by wiring must not be the prompt's own node.
    m_negative.erase(std::remove_if(m_negative.begin(), m_negative.end(),
                                    [this](const InputSlot &s) { return m_prompt.contains(s); }),
                     m_negative.end());
}

QJsonObject Workflow::bind(const WorkflowInputs &in) const
{
    QJsonObject graph = m_graph;
    auto put = [&graph](const QList<InputSlot> &where, const QJsonValue &value) {
        for (const InputSlot &s : where) {
            QJsonObject node = graph.value(s.node).toObject();
            QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
            inputs.insert(s.input, value);
            node.insert(QStringLiteral("inputs"), inputs);
            graph.insert(s.node, node);
        }
    };
    put(m_prompt, in.prompt);
    if (!in.negativePrompt.isEmpty() || placeholdersOnly(m_negative))
        put(m_negative, in.negativePrompt);
    // Seeds above 2^53 do not survive every JSON reader: keep them in the exactly representable range.
    put(m_seed, QJsonValue(qint64(in.seed & ((quint64(1) << 53) - 1))));
    if (in.size.width > 0) {
        put(m_width, in.size.width);
        put(m_height, in.size.height);
    }
    if (in.frames > 0)
        put(m_frames, in.frames);
    if (in.fps > 0)
        put(m_fps, in.fps);
    if (!in.imageName.isEmpty())
        put(m_image, in.imageName);
    return graph;
}

bool Workflow::placeholdersOnly(const QList<InputSlot> &where) const
{
    for (const InputSlot &s : where) {
        const QJsonValue v = m_graph.value(s.node).toObject().value(QLatin1String("inputs")).toObject().value(s.input);
        if (!v.isString() || placeholderValue(v.toString()) == Value::None)
            return false;
    }
    return !where.isEmpty();
}

QStringList Workflow::nodeClasses() const
{
    QStringList classes;
    for (auto it = m_graph.constBegin(); it != m_graph.constEnd(); ++it) {
        const QString cls = it.value().toObject().value(QLatin1String("class_type")).toString();
        if (!classes.contains(cls))
            classes.append(cls);
    }
    classes.sort();
    return classes;
}

QList<Workflow::ModelFile> Workflow::modelFiles() const
{
    QList<ModelFile> files;
    for (auto it = m_graph.constBegin(); it != m_graph.constEnd(); ++it) {
        const QJsonObject node = it.value().toObject();
        const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
        for (auto in = inputs.constBegin(); in != inputs.constEnd(); ++in)
            if (in.value().isString() && isModelFileName(in.value().toString()))
                files.append({node.value(QLatin1String("class_type")).toString(), in.key(), in.value().toString()});
    }
    return files;
}

namespace {
int firstNumber(const QJsonObject &graph, const QList<InputSlot> &where)
{
    for (const InputSlot &s : where) {
        const QJsonValue v = graph.value(s.node).toObject().value(QLatin1String("inputs")).toObject().value(s.input);
        if (v.isDouble())
            return v.toInt();
    }
    return 0;
}
} // namespace

std::optional<VideoSize> Workflow::savedSize() const
{
    const int w = firstNumber(m_graph, m_width);
    const int h = firstNumber(m_graph, m_height);
    if (w <= 0 || h <= 0)
        return std::nullopt;
    return VideoSize{w, h};
}

int Workflow::savedFrames() const { return firstNumber(m_graph, m_frames); }

int Workflow::savedFps() const
{
    const int fps = firstNumber(m_graph, m_fps);
    return fps > 0 ? fps : 24;
}

int Workflow::samplerCount() const
{
    int n = 0;
    for (auto it = m_graph.constBegin(); it != m_graph.constEnd(); ++it)
        if (isSamplerClass(it.value().toObject().value(QLatin1String("class_type")).toString()))
            ++n;
    return qMax(1, n);
}

} // namespace rc::comfyui
