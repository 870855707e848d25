#include "provenance/ClipSigner.h"

#include "provenance/Bmff.h"
#include "provenance/BmffHash.h"
#include "provenance/ManifestBuilder.h"
#include "provenance/ManifestStore.h"
#include "provenance/Verifier.h"
#include "provenance/Xmp.h"

#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <algorithm>
#include <cstdio>

namespace rc::provenance {
namespace {

constexpr qint64 kCopyChunkBytes = 1 << 20;

// The manifest store in a file's C2PA box without the padding a writer may have reserved; empty
// when the file has none.
QByteArray storeIn(QFile &file, const QList<bmff::TopBox> &boxes)
{
    for (const bmff::TopBox &b : boxes) {
        bmff::C2paBox c2pa;
        QString ignored;
        if (!bmff::isC2paBox(b) || !bmff::readC2paBox(file, b, &c2pa, &ignored) || c2pa.purpose != QLatin1String("manifest"))
            continue;
        QByteArray store = c2pa.manifestStore;
        if (store.size() >= 8) {
            const quint32 length = qFromBigEndian<quint32>(store.constData());
            if (length >= 8 && length < quint32(store.size()))
                store.truncate(length);
        }
        return store;
    }
    return QByteArray();
}

QByteArray storeOf(const QString &path)
{
    QFile file(path);
    QList<bmff::TopBox> boxes;
    QString ignored;
    if (!file.open(QIODevice::ReadOnly) || !bmff::listTopLevel(file, &boxes, &ignored))
        return QByteArray();
    return storeIn(file, boxes);
}

// An ingredient record for a file: its store (when it parses) and what validating it found.
IngredientRecord recordFor(const QString &path, const QString &title, IngredientFile::Relationship relationship)
{
    IngredientRecord record;
    record.title = title;
    record.relationship = relationship;
    QFile file(path);
    QList<bmff::TopBox> boxes;
    QString why;
    if (!file.open(QIODevice::ReadOnly) || !bmff::listTopLevel(file, &boxes, &why))
        return record;
    const QByteArray store = storeIn(file, boxes);
    if (store.isEmpty() || !ManifestStore::parse(store, &why))
        return record; // no credentials, or none that can be carried on
    record.manifestStore = store;
    const ProvenanceReport report = verifyFile(path);
    record.successCodes = report.active.successCodes;
    record.failureCodes = report.active.failureCodes;
    return record;
}

bool copyRange(QFile &from, qint64 offset, qint64 size, QFile &to, QString *error)
{
    QByteArray buffer;
    qint64 done = 0;
    while (done < size) {
        const qint64 n = qMin(kCopyChunkBytes, size - done);
        buffer.resize(n);
        if (!from.seek(offset + done) || from.read(buffer.data(), n) != n) {
            *error = QStringLiteral("the clip could not be read");
            return false;
        }
        if (to.write(buffer) != n) {
            *error = QStringLiteral("the signed copy could not be written: %1").arg(to.errorString());
            return false;
        }
        done += n;
    }
    return true;
}

// A fragment's header box in memory (they are small: sample tables of one fragment).
bool readBox(QFile &from, const bmff::TopBox &box, QByteArray *out, QString *error)
{
    if (box.size > (qint64(64) << 20)) {
        *error = QStringLiteral("a '%1' box is too large").arg(QString::fromLatin1(box.type));
        return false;
    }
    out->resize(box.size);
    if (!from.seek(box.offset) || from.read(out->data(), box.size) != box.size) {
        *error = QStringLiteral("the clip could not be read");
        return false;
    }
    return true;
}

SignResult failed(const QString &why)
{
    SignResult r;
    r.error = why;
    return r;
}

} // namespace

SignResult signClip(const QString &path, const ClipFacts &factsIn, const SigningIdentity &identity, const SignOptions &options)
{
    if (!identity.isValid())
        return failed(QStringLiteral("there is no signing key"));
    ClipFacts facts = factsIn;
    if (facts.title.isEmpty())
        facts.title = QFileInfo(path).fileName();
    if (!facts.when.isValid())
        facts.when = QDateTime::currentDateTimeUtc();

    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return failed(QStringLiteral("the clip cannot be opened: %1").arg(in.errorString()));
    QList<bmff::TopBox> boxes;
    QString error;
    if (!bmff::listTopLevel(in, &boxes, &error))
        return failed(QStringLiteral("the clip is not a readable MP4: %1").arg(error));

    SignResult result;
    QList<IngredientRecord> ingredients;
    for (const IngredientFile &f : std::as_const(facts.ingredients))
        ingredients.append(recordFor(f.path, f.title.isEmpty() ? QFileInfo(f.path).fileName() : f.title, f.relationship));
    // The credentials the clip arrived with: in the file itself, or in the file as received
    // when the clip was re-encoded since.
    const QString received = facts.receivedAs.isEmpty() ? path : facts.receivedAs;
    if (!storeOf(received).isEmpty()) {
        // A manifest can have one parent only. When the clip is an edit of one of ours, that
        // clip is the parent and what the provider delivered (its credentials kept) is a
        // component the edit used.
        bool hasParent = false;
        for (const IngredientRecord &r : std::as_const(ingredients))
            hasParent |= r.relationship == IngredientFile::Relationship::ParentOf;
        const QString title = facts.providerLabel.isEmpty() ? QStringLiteral("The clip as received")
                                                            : QStringLiteral("The clip as %1 delivered it").arg(facts.providerLabel);
        ingredients.prepend(recordFor(received, title, hasParent ? IngredientFile::Relationship::ComponentOf
                                                             : IngredientFile::Relationship::ParentOf));
        result.keptIncomingManifest = !ingredients.first().manifestStore.isEmpty();
    }

    int moovIndex = -1;
    for (int i = 0; i < boxes.size(); ++i) {
        if (boxes[i].type == "moov") {
            if (moovIndex >= 0)
                return failed(QStringLiteral("the clip has two 'moov' boxes"));
            moovIndex = i;
        }
    }
    if (moovIndex < 0 || boxes[moovIndex].size > (qint64(256) << 20))
        return failed(QStringLiteral("the clip has no usable 'moov' box"));
    QByteArray moov(boxes[moovIndex].size, Qt::Uninitialized);
    if (!in.seek(boxes[moovIndex].offset) || in.read(moov.data(), moov.size()) != moov.size())
        return failed(QStringLiteral("the clip's 'moov' box cannot be read"));

    ManifestInput input;
    input.facts = facts;
    input.ingredients = ingredients;
    input.manifestLabel = newManifestLabel();
    input.instanceId = newInstanceId();
    input.exclusions = bmff::standardExclusions();
    input.bmffHash = QByteArray(32, '\0');
    input.timeStampRoom = options.timeStamp ? kTimeStampRoomBytes : 0;
    if (!bmff::setUserDataXmp(&moov, makeXmp(facts, input.instanceId, input.manifestLabel), &error))
        return failed(error);

    // A trial build with a blank hash and signature gives the store's size: both have fixed
    // lengths, so the signed store will be exactly as long.
    QByteArray store;
    const SignFunction blank = [](const QByteArray &, QByteArray *sig, QString *) {
        *sig = QByteArray(64, '\0');
        return true;
    };
    if (!buildManifestStore(input, identity.chainDer, blank, &store, &error))
        return failed(error);
    const qint64 c2paSize = store.size() + bmff::c2paBoxOverhead();

    // The new layout: ftyp, the C2PA box, then every other box as before (old C2PA boxes go).
    struct Placed
    {
        bmff::TopBox box;
        qint64 newOffset = 0;
    };
    QList<Placed> placed;
    qint64 c2paOffset = -1;
    qint64 pos = 0;
    for (int i = 0; i < boxes.size(); ++i) {
        if (bmff::isC2paBox(boxes[i]))
            continue;
        placed.append({boxes[i], pos});
        pos += i == moovIndex ? moov.size() : boxes[i].size;
        if (i == 0) {
            c2paOffset = pos;
            pos += c2paSize;
        }
    }
    bool unmapped = false;
    const auto map = [&](qint64 old) {
        for (const Placed &p : std::as_const(placed))
            if (p.box.type != "moov" && old >= p.box.offset && old < p.box.offset + p.box.size)
                return old - p.box.offset + p.newOffset;
        unmapped = true;
        return old;
    };
    if (!bmff::remapChunkOffsets(&moov, map, &error))
        return failed(error);
    if (unmapped)
        return failed(QStringLiteral("a chunk offset points outside the media data"));

    const QString part = path + QStringLiteral(".c2pa.part");
    QFile out(part);
    if (!out.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return failed(QStringLiteral("the signed copy cannot be created: %1").arg(out.errorString()));
    const auto abandon = [&](const QString &why) {
        out.close();
        QFile::remove(part);
        return failed(why);
    };
    for (const Placed &p : std::as_const(placed)) {
        if (p.box.type == "moov") {
            if (out.write(moov) != moov.size())
                return abandon(QStringLiteral("the signed copy could not be written: %1").arg(out.errorString()));
        } else if (p.box.type == "moof" || p.box.type == "mfra") {
            // A fragmented file (as some services stream it) is signed whole, as one file: its
            // fragments stay where they are relative to each other, and their absolute offsets
            // move with the inserted C2PA box.
            QByteArray fragment;
            if (!readBox(in, p.box, &fragment, &error) || !bmff::remapFragmentOffsets(&fragment, map, &error))
                return abandon(error);
            if (unmapped)
                return abandon(QStringLiteral("a fragment offset points outside the file"));
            if (out.write(fragment) != fragment.size())
                return abandon(QStringLiteral("the signed copy could not be written: %1").arg(out.errorString()));
        } else if (!copyRange(in, p.box.offset, p.box.size, out, &error)) {
            return abandon(error);
        }
        // Room for the store, right after ftyp; filled once the hash is known.
        if (out.pos() == c2paOffset && out.write(bmff::makeC2paBox(QByteArray(store.size(), '\0'))) != c2paSize)
            return abandon(QStringLiteral("the signed copy could not be written: %1").arg(out.errorString()));
    }
    if (!out.flush())
        return abandon(QStringLiteral("the signed copy could not be written: %1").arg(out.errorString()));

    QList<bmff::TopBox> newBoxes;
    if (!bmff::listTopLevel(out, &newBoxes, &error) || !bmff::hashFile(out, newBoxes, input.exclusions, QCryptographicHash::Sha256, &input.bmffHash, &error))
        return abandon(error);
    const SignFunction sign = [&identity](const QByteArray &tbs, QByteArray *sig, QString *why) {
        return crypto::signEs256(identity.privateKeyPem, tbs, sig, why);
    };
    const qint64 trialSize = store.size();
    input.timeStamp = options.timeStamp;
    TimeStampOutcome stamp;
    if (!buildManifestStore(input, identity.chainDer, sign, &store, &error, &stamp))
        return abandon(error);
    result.timeStamped = stamp.stamped;
    result.timeStampProblem = stamp.problem;
    if (store.size() != trialSize)
        return abandon(QStringLiteral("the manifest changed size while it was signed"));
    if (!out.seek(c2paOffset) || out.write(bmff::makeC2paBox(store)) != c2paSize || !out.flush())
        return abandon(QStringLiteral("the signed copy could not be written: %1").arg(out.errorString()));
    out.close();
    in.close();
    // rename(2) replaces the clip in one step: a reader sees the old file or the new one.
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(part);
        return failed(QStringLiteral("the signed clip could not replace the original"));
    }
    result.ok = true;
    result.fileBytes = QFileInfo(path).size();
    result.manifestLabel = input.manifestLabel;
    result.fragments = int(std::count_if(boxes.cbegin(), boxes.cend(), bmff::isFragmentBox));
    return result;
}

} // namespace rc::provenance
