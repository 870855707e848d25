#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace rc::provenance {

// IPTC digital source types (http://cv.iptc.org/newscodes/digitalsourcetype/).
namespace sourcetype {
inline const QString kTrainedAlgorithmicMedia =
    QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia");
inline const QString kAlgorithmicMedia = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/algorithmicMedia");
inline const QString kCompositeWithTrainedAlgorithmicMedia =
    QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/compositeWithTrainedAlgorithmicMedia");
inline const QString kCompositeSynthetic = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic");
} // namespace sourcetype

// Action parameters of our own. C2PA lets a claim generator add parameters to an action under an
// entity-specific namespace (its reverse domain name); the spec has no term for a batch.
namespace param {
inline const QString kBatch = QStringLiteral("com.reelcraft.batch");         // the batch's key
inline const QString kBatchItem = QStringLiteral("com.reelcraft.batchItem"); // the row's sku
inline const QString kVisibleLabel = QStringLiteral("com.reelcraft.visibleLabel"); // the words burned in
} // namespace param

// A file the clip was made from: the clip an edit changed (its parent) or a shot a storyboard
// or batch placed in it (a component). Its own content credentials, when it has any, travel
// into the new clip's manifest store.
struct IngredientFile
{
    enum class Relationship { ParentOf, ComponentOf };
    QString path;
    QString title; // empty: the file name
    Relationship relationship = Relationship::ComponentOf;
};

// What a clip's content credentials say about it. The writer adds what the file itself shows:
// a manifest a provider embedded becomes the parent ingredient.
struct ClipFacts
{
    enum class Kind {
        Generated, // made from a prompt: c2pa.created
        Edited,    // an existing clip changed: c2pa.opened (parent) + c2pa.edited
        Composed,  // shots joined (storyboard, batch): c2pa.created + c2pa.placed per component
    };
    Kind kind = Kind::Generated;
    QString digitalSourceType = sourcetype::kTrainedAlgorithmicMedia;
    QString title;         // the clip's name (the file name when empty)
    QString prompt;
    QString providerId;    // "builtin", "openai", ...
    QString providerLabel; // "Built-in engine", "OpenAI Sora", ...
    QString model;
    QDateTime when;        // when the clip was finished (the writer's clock when invalid)
    // A clip a batch made: the batch's key ("<name>#<output folder hash>") and the row's sku.
    // Recorded on the action that made the clip; empty for a clip made alone.
    QString batchKey;
    QString batchItem;
    QList<IngredientFile> ingredients;
    // The words of a visible disclosure label burned into the pictures ("AI-generated"), recorded
    // as an action of its own; empty when the clip carries none.
    QString visibleLabel;
    // The file as it arrived, when the clip was re-encoded after (to burn the label): a manifest
    // in it is kept as the parent ingredient, as if the clip itself carried it. Empty: the clip.
    QString receivedAs;
};

} // namespace rc::provenance
