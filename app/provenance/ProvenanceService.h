#pragma once

#include "provenance/ClipFacts.h"
#include "provenance/ClipSigner.h"
#include "provenance/SignerStore.h"
#include "service/ClipFinisher.h"

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

    QString finishClip(const Job &job, JobOutput *output) override;

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

    // Where a job's finished clip lives (empty when it has none): a remix or an edit names the
    // clip it changed as its parent ingredient. Without it, such a clip is signed as made new.
    using ClipLookup = std::function<QString(qint64 jobId)>;
    void setClipLookup(ClipLookup lookup) { m_clipLookup = std::move(lookup); }

private:
    const Catalogue &m_catalogue;
    SignerStore m_signer;
    ClipLookup m_clipLookup;
};

} // namespace rc::provenance
