#pragma once

#include "provenance/ClipFacts.h"
#include "provenance/ClipSigner.h"
#include "provenance/SignerStore.h"
#include "service/ClipFinisher.h"

#include <atomic>
#include <functional>

namespace rc {
class Catalogue;
class KeyStore;
} // namespace rc

namespace rc::provenance {

// Content credentials for every clip the service finishes: facts from the job (provider, model,
// prompt; built-in engine or remote AI model), signed with this installation's identity. Also
// the entry point for clips made from other clips (storyboards, batches, edits): signComposed().
class ProvenanceService : public ClipFinisher
{
public:
    ProvenanceService(const Catalogue &catalogue, KeyStore &keys, const QString &profileDir);

    // Resolves the signing key and the clip's facts here (the keychain and the store belong to
    // this thread); the work it returns labels, signs and time-stamps the clip on any thread.
    Work prepareFinish(const Job &job) override;
    // Loads the signing identity now (making it on a fresh profile: a key, a certificate and a
    // keychain write, tens of milliseconds), so the first clip's finishing does not pay for it.
    void prepareSigner();

    // What a job's clip says about itself.
    ClipFacts factsFor(const Job &job) const;
    // Signs a clip joined from shots (c2pa.created + one c2pa.placed per shot, each shot an
    // ingredient carrying its own credentials) or an edit of one clip (its parent).
    SignResult signComposed(const QString &path, const QList<IngredientFile> &sources, ClipFacts facts);

    // For a lesson joined on another thread: resolves the signing key here (the keychain belongs
    // to this thread) and returns a function, safe to call anywhere, that signs the joined file
    // with `clips` placed as its shots ("Shot 1", ...; `providerIds` tells AI-made shots apart).
    // The function never refuses the lesson: without credentials it is still kept (logged).
    std::function<bool(const QString &path, QString *error)> lessonSigner(const QStringList &clips,
                                                                          const QStringList &providerIds);

    SignerStore &signer() { return m_signer; }

    // Burns a visible label into a clip (source -> target); the bootstrap gives the one that
    // draws with the lesson's corner label. Without one, clips are never labelled.
    using LabelBurner = std::function<bool(const QString &source, const QString &target, QString *error)>;
    void setLabelBurner(QString labelText, LabelBurner burner);
    // Whether each finished clip gets the visible label (ProvenanceSettings::visibleLabel; the
    // command line's --ai-label). Off by default.
    void setVisibleLabel(bool on) { m_visibleLabel = on; }
    bool visibleLabel() const { return m_visibleLabel; }

    // Sends a request to a URL and returns the answer (the bootstrap's: an HTTP POST that waits).
    // It gives up soon when `stop` (may be null) turns true.
    using Poster = std::function<bool(const QString &url, const QByteArray &body, QByteArray *response, QString *error,
                                      const std::atomic<bool> *stop)>;
    void setTimeStampPoster(Poster post) { m_post = std::move(post); }
    // The time-stamp authority each signature is sent to (ProvenanceSettings::timeStampUrl);
    // empty: none. A clip is signed whatever the authority does; its history says when a
    // time-stamp could not be had.
    void setTimeStampUrl(QString url) { m_timeStampUrl = url.trimmed(); }
    QString timeStampUrl() const { return m_timeStampUrl; }

    // Where a job's finished clip lives (empty when it has none): a remix or an edit names the
    // clip it changed as its parent ingredient. Without it, such a clip is signed as made new.
    using ClipLookup = std::function<QString(qint64 jobId)>;
    void setClipLookup(ClipLookup lookup) { m_clipLookup = std::move(lookup); }

private:
    SignOptions signOptions() const;

    const Catalogue &m_catalogue;
    SignerStore m_signer;
    ClipLookup m_clipLookup;
    QString m_labelText;
    LabelBurner m_labelBurner;
    bool m_visibleLabel = false;
    QString m_timeStampUrl;
    Poster m_post;
};

} // namespace rc::provenance
