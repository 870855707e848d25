#pragma once

#include "provenance/ClipFacts.h"
#include "provenance/ClipSigner.h"
#include "provenance/SignerStore.h"
#include "service/ClipFinisher.h"

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

    SignerStore &signer() { return m_signer; }

private:
    const Catalogue &m_catalogue;
    SignerStore m_signer;
};

} // namespace rc::provenance
