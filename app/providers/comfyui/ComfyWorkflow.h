#pragma once

#include "core/VideoSize.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace rc::comfyui {

// What a job puts into a workflow graph.
struct WorkflowInputs
{
    QString prompt;
    QString negativePrompt;  // empty: the template's own negative text stays
    quint64 seed = 0;
    VideoSize size;
    int frames = 0;          // the latent length (ComfyUI counts frames, not seconds)
    int fps = 24;
    QString imageName;       // the name the server gave the uploaded photo; empty: no photo
};

// Where a value lands in a graph: one node's input.
struct InputSlot
{
    QString node;
    QString input;
    bool operator==(const InputSlot &o) const { return node == o.node && input == o.input; }
};

// An API-format ComfyUI graph ({"<node id>": {"class_type", "inputs", "_meta"}}) and the slots
// where a job's values go. Slots come from placeholders when the graph has them, so a user's own
// workflow says exactly where things go:
//   strings "{{prompt}}", "{{negative_prompt}}", "{{image}}" (also "$prompt", "%prompt%", and
//   ComfyUI's own template words "PositivePrompt", "NegativePrompt", "ImageName");
//   numbers given as strings "{{seed}}", "{{width}}", "{{height}}", "{{length}}", "{{fps}}".
// Where a graph has no placeholder for a value, the slot is found by the node types that carry it
// in ComfyUI's core nodes (KSampler seed, SamplerCustom noise_seed, a latent node with width,
// height and length, CreateVideo fps, the text encoder wired to a sampler's positive input).
class Workflow
{
public:
    // Reads and checks a graph; nullopt with `error` saying what is wrong (not JSON, not an
    // API-format graph, no output node, no place for the prompt).
    static std::optional<Workflow> fromJson(const QByteArray &json, QString *error);

    // The graph with the job's values in place. The template itself is never changed.
    QJsonObject bind(const WorkflowInputs &inputs) const;

    bool takesImage() const { return !m_image.isEmpty(); }
    // Node classes the graph needs, and the model files its loaders name (class, input, file).
    QStringList nodeClasses() const;
    struct ModelFile { QString nodeClass; QString input; QString file; };
    QList<ModelFile> modelFiles() const;
    // The size and frame count the graph was saved with (defaults for a user's workflow).
    std::optional<VideoSize> savedSize() const;
    int savedFrames() const;
    int savedFps() const;
    // How many sampler nodes run (progress spans them all).
    int samplerCount() const;
    // The node that saves the video, for reading its outputs.
    QStringList outputNodes() const { return m_outputs; }
    const QJsonObject &graph() const { return m_graph; }

private:
    QJsonObject m_graph;
    QList<InputSlot> m_prompt, m_negative, m_seed, m_width, m_height, m_frames, m_fps, m_image;
    QStringList m_outputs;

    void findSlots();
    // Whether every slot holds a placeholder (a user's workflow that asks for the value).
    bool placeholdersOnly(const QList<InputSlot> &where) const;
};

} // namespace rc::comfyui
