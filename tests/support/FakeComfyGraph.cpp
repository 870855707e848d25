// The fake ComfyUI's install (its /object_info) and the graph validation of ComfyUI's
// execution.py (validate_prompt / validate_inputs), written from the shapes of its answers.
#include "support/FakeComfyServer.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

namespace rc::test {
namespace {

const QStringList &modelFiles(const QString &folder)
{
    static const QMap<QString, QStringList> files{
        {QStringLiteral("diffusion_models"),
         {QStringLiteral("wan2.2_ti2v_5B_fp16.safetensors"), QStringLiteral("wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors"),
          QStringLiteral("wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors"),
          QStringLiteral("wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors"),
          QStringLiteral("wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors")}},
        {QStringLiteral("text_encoders"),
         {QStringLiteral("umt5_xxl_fp8_e4m3fn_scaled.safetensors"), QStringLiteral("t5xxl_fp16.safetensors")}},
        {QStringLiteral("vae"), {QStringLiteral("wan2.2_vae.safetensors"), QStringLiteral("wan_2.1_vae.safetensors")}},
        {QStringLiteral("checkpoints"), {QStringLiteral("ltx-video-2b-v0.9.5.safetensors")}},
        {QStringLiteral("loras"),
         {QStringLiteral("wan2.2_i2v_lightx2v_4steps_lora_v1_high_noise.safetensors"),
          QStringLiteral("wan2.2_i2v_lightx2v_4steps_lora_v1_low_noise.safetensors"),
          QStringLiteral("wan2.2_t2v_lightx2v_4steps_lora_v1.1_high_noise.safetensors"),
          QStringLiteral("wan2.2_t2v_lightx2v_4steps_lora_v1.1_low_noise.safetensors")}},
    };
    static const QStringList none;
    auto it = files.find(folder);
    return it == files.end() ? none : *it;
}

// Node specs: "name": type, where a type is INT, FLOAT, STRING, BOOLEAN, a link type in capitals,
// "@folder" (a combo of that models folder's files), "@images" (the input folder) or "a|b|c".
struct NodeDef
{
    const char *name;
    const char *required;
    const char *optional;
    const char *outputs;
    bool outputNode;
};

const NodeDef kNodes[] = {
    {"UNETLoader", "unet_name=@diffusion_models weight_dtype=default|fp8_e4m3fn|fp8_e4m3fn_fast|fp8_e5m2", "", "MODEL", false},
    {"CLIPLoader", "clip_name=@text_encoders type=stable_diffusion|sd3|ltxv|wan|hunyuan_video", "device=default|cpu", "CLIP", false},
    {"VAELoader", "vae_name=@vae", "", "VAE", false},
    {"CheckpointLoaderSimple", "ckpt_name=@checkpoints", "", "MODEL CLIP VAE", false},
    {"LoraLoaderModelOnly", "model=MODEL lora_name=@loras strength_model=FLOAT", "", "MODEL", false},
    {"ModelSamplingSD3", "model=MODEL shift=FLOAT", "", "MODEL", false},
    {"CLIPTextEncode", "text=STRING clip=CLIP", "", "CONDITIONING", false},
    {"KSampler",
     "model=MODEL seed=INT steps=INT cfg=FLOAT sampler_name=euler|uni_pc|dpmpp_2m scheduler=simple|normal|karras "
     "positive=CONDITIONING negative=CONDITIONING latent_image=LATENT denoise=FLOAT",
     "", "LATENT", false},
    {"KSamplerAdvanced",
     "model=MODEL add_noise=enable|disable noise_seed=INT steps=INT cfg=FLOAT sampler_name=euler|uni_pc|dpmpp_2m "
     "scheduler=simple|normal|karras positive=CONDITIONING negative=CONDITIONING latent_image=LATENT start_at_step=INT "
     "end_at_step=INT return_with_leftover_noise=disable|enable",
     "", "LATENT", false},
    {"KSamplerSelect", "sampler_name=euler|uni_pc|dpmpp_2m", "", "SAMPLER", false},
    {"SamplerCustom",
     "model=MODEL add_noise=BOOLEAN noise_seed=INT cfg=FLOAT positive=CONDITIONING negative=CONDITIONING sampler=SAMPLER "
     "sigmas=SIGMAS latent_image=LATENT",
     "", "LATENT LATENT", false},
    {"Wan22ImageToVideoLatent", "vae=VAE width=INT height=INT length=INT batch_size=INT", "start_image=IMAGE", "LATENT", false},
    {"WanImageToVideo",
     "positive=CONDITIONING negative=CONDITIONING vae=VAE width=INT height=INT length=INT batch_size=INT",
     "clip_vision_output=CLIP_VISION_OUTPUT start_image=IMAGE", "CONDITIONING CONDITIONING LATENT", false},
    {"EmptyHunyuanLatentVideo", "width=INT height=INT length=INT batch_size=INT", "", "LATENT", false},
    {"EmptyLTXVLatentVideo", "width=INT height=INT length=INT batch_size=INT", "", "LATENT", false},
    {"LTXVImgToVideo",
     "positive=CONDITIONING negative=CONDITIONING vae=VAE image=IMAGE width=INT height=INT length=INT batch_size=INT",
     "strength=FLOAT", "CONDITIONING CONDITIONING LATENT", false},
    {"LTXVPreprocess", "image=IMAGE img_compression=INT", "", "IMAGE", false},
    {"LTXVConditioning", "positive=CONDITIONING negative=CONDITIONING frame_rate=FLOAT", "", "CONDITIONING CONDITIONING", false},
    {"LTXVScheduler", "steps=INT max_shift=FLOAT base_shift=FLOAT stretch=BOOLEAN terminal=FLOAT", "latent=LATENT", "SIGMAS", false},
    {"VAEDecode", "samples=LATENT vae=VAE", "", "IMAGE", false},
    {"CreateVideo", "images=IMAGE fps=FLOAT", "audio=AUDIO", "VIDEO", false},
    {"SaveVideo", "video=VIDEO filename_prefix=STRING format=auto|mp4 codec=auto|h264", "", "", true},
    {"LoadImage", "image=@images", "", "IMAGE MASK", false},
};

// Limits as the real nodes declare them (width/height 16..16384, frames from 1).
QJsonObject numberOptions(const QString &node, const QString &input, const QString &type)
{
    QJsonObject o;
    if (input == QLatin1String("width") || input == QLatin1String("height")) {
        o = {{QStringLiteral("default"), 832}, {QStringLiteral("min"), 16}, {QStringLiteral("max"), 16384}, {QStringLiteral("step"), node.startsWith(QLatin1String("Wan")) ? 32 : 16}};
    } else if (input == QLatin1String("length")) {
        o = {{QStringLiteral("default"), 81}, {QStringLiteral("min"), 1}, {QStringLiteral("max"), 16384}, {QStringLiteral("step"), 4}};
    } else if (input == QLatin1String("steps")) {
        o = {{QStringLiteral("default"), 20}, {QStringLiteral("min"), 1}, {QStringLiteral("max"), 10000}};
    } else if (input == QLatin1String("fps") || input == QLatin1String("frame_rate")) {
        o = {{QStringLiteral("default"), 24.0}, {QStringLiteral("min"), 1.0}, {QStringLiteral("max"), 120.0}};
    } else if (input.contains(QLatin1String("seed"))) {
        o = {{QStringLiteral("default"), 0}, {QStringLiteral("min"), 0}, {QStringLiteral("max"), 18446744073709551615.0}};
    } else if (type == QLatin1String("INT")) {
        o = {{QStringLiteral("default"), 1}, {QStringLiteral("min"), 0}, {QStringLiteral("max"), 4096}};
    } else {
        o = {{QStringLiteral("default"), 1.0}, {QStringLiteral("min"), 0.0}, {QStringLiteral("max"), 100.0}};
    }
    return o;
}

QJsonObject inputsOf(const QString &node, const char *spec, const QStringList &images, const QSet<QString> &removedFiles,
                     QJsonArray *order)
{
    QJsonObject inputs;
    for (const QString &item : QString::fromLatin1(spec).split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString name = item.section(QLatin1Char('='), 0, 0);
        const QString type = item.section(QLatin1Char('='), 1);
        order->append(name);
        QJsonArray entry;
        if (type.startsWith(QLatin1Char('@'))) {
            QJsonArray choices;
            const QStringList files = type == QLatin1String("@images") ? images : modelFiles(type.mid(1));
            for (const QString &f : files)
                if (!removedFiles.contains(f))
                    choices.append(f);
            entry = {choices, QJsonObject{}};
        } else if (type.contains(QLatin1Char('|'))) {
            entry = {QJsonArray::fromStringList(type.split(QLatin1Char('|'))), QJsonObject{}};
        } else if (type == QLatin1String("INT") || type == QLatin1String("FLOAT")) {
            entry = {type, numberOptions(node, name, type)};
        } else if (type == QLatin1String("STRING")) {
            entry = {type, QJsonObject{{QStringLiteral("multiline"), name == QLatin1String("text")}}};
        } else {
            entry = {type};
        }
        inputs.insert(name, entry);
    }
    return inputs;
}

QJsonObject error(const QString &type, const QString &message, const QString &details, const QJsonObject &extra)
{
    return {{QStringLiteral("type"), type},
            {QStringLiteral("message"), message},
            {QStringLiteral("details"), details},
            {QStringLiteral("extra_info"), extra}};
}

QJsonObject topError(const QJsonObject &err, const QJsonObject &nodeErrors = {})
{
    return {{QStringLiteral("error"), err}, {QStringLiteral("node_errors"), nodeErrors}};
}

bool isLink(const QJsonValue &v)
{
    const QJsonArray a = v.toArray();
    return v.isArray() && a.size() == 2 && a.at(0).isString() && a.at(1).isDouble();
}

// One node's inputs, as validate_inputs checks them; appends to `errors`.
void validateNode(const QJsonObject &prompt, const QJsonObject &node, const QJsonObject &info, QJsonArray *errors,
                  QStringList *visit)
{
    const QJsonObject required = info.value(QLatin1String("input")).toObject().value(QLatin1String("required")).toObject();
    const QJsonObject optional = info.value(QLatin1String("input")).toObject().value(QLatin1String("optional")).toObject();
    const QJsonObject inputs = node.value(QLatin1String("inputs")).toObject();
    auto fail = [errors](const QString &type, const QString &message, const QString &details, const QJsonObject &extra) {
        errors->append(error(type, message, details, extra));
    };
    for (auto it = required.begin(); it != required.end(); ++it)
        if (!inputs.contains(it.key()))
            fail(QStringLiteral("required_input_missing"), QStringLiteral("Required input is missing"), it.key(),
                 {{QStringLiteral("input_name"), it.key()}});
    for (auto it = inputs.begin(); it != inputs.end(); ++it) {
        const QString name = it.key();
        const QJsonArray config = required.contains(name) ? required.value(name).toArray() : optional.value(name).toArray();
        if (config.isEmpty())
            continue; // ComfyUI ignores inputs a node does not declare
        const QJsonValue value = it.value();
        const QJsonObject extra{{QStringLiteral("input_name"), name}, {QStringLiteral("input_config"), config},
                                {QStringLiteral("received_value"), value}};
        if (isLink(value)) {
            const QString from = value.toArray().at(0).toString();
            const int index = value.toArray().at(1).toInt();
            const QJsonObject source = prompt.value(from).toObject();
            if (source.isEmpty()) {
                fail(QStringLiteral("bad_linked_input"), QStringLiteral("Bad linked input, must be a length-2 list of [string, int]"),
                     name, extra);
                continue;
            }
            visit->append(from);
            const QStringList types = source.value(QLatin1String("_types")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString received = types.value(index);
            const QString wanted = config.at(0).isString() ? config.at(0).toString() : QString();
            if (received.isEmpty() || (!wanted.isEmpty() && received != wanted))
                fail(QStringLiteral("return_type_mismatch"), QStringLiteral("Return type mismatch between linked nodes"),
                     QStringLiteral("%1, received_type(%2) mismatch input_type(%3)").arg(name, received, wanted), extra);
            continue;
        }
        if (config.at(0).isArray()) {
            const QJsonArray choices = config.at(0).toArray();
            if (!choices.contains(value)) {
                const QString list = choices.size() > 20 ? QStringLiteral("(list of length %1)").arg(choices.size())
                                                         : QString::fromUtf8(QJsonDocument(choices).toJson(QJsonDocument::Compact));
                if (node.value(QLatin1String("class_type")).toString() == QLatin1String("LoadImage"))
                    fail(QStringLiteral("custom_validation_failed"), QStringLiteral("Custom validation failed for node"),
                         QStringLiteral("image - Invalid image file: %1").arg(value.toString()), extra);
                else
                    fail(QStringLiteral("value_not_in_list"), QStringLiteral("Value not in list"),
                         QStringLiteral("%1: '%2' not in %3").arg(name, value.toVariant().toString(), list), extra);
            }
            continue;
        }
        const QString type = config.at(0).toString();
        const QJsonObject opts = config.at(1).toObject();
        if (type == QLatin1String("INT") || type == QLatin1String("FLOAT")) {
            if (!value.isDouble()) {
                fail(QStringLiteral("invalid_input_type"), QStringLiteral("Failed to convert an input value to a %1 value").arg(type),
                     QStringLiteral("%1, %2").arg(name, value.toVariant().toString()), extra);
                continue;
            }
            if (value.toDouble() < opts.value(QLatin1String("min")).toDouble())
                fail(QStringLiteral("value_smaller_than_min"), QStringLiteral("Value %1 smaller than min of %2")
                     .arg(value.toDouble()).arg(opts.value(QLatin1String("min")).toDouble()), name, extra);
            else if (value.toDouble() > opts.value(QLatin1String("max")).toDouble())
                fail(QStringLiteral("value_bigger_than_max"), QStringLiteral("Value %1 bigger than max of %2")
                     .arg(value.toDouble()).arg(opts.value(QLatin1String("max")).toDouble()), name, extra);
        } else if (type == QLatin1String("STRING") && !value.isString()) {
            fail(QStringLiteral("invalid_input_type"), QStringLiteral("Failed to convert an input value to a STRING value"), name, extra);
        } else if (type == QLatin1String("BOOLEAN") && !value.isBool()) {
            fail(QStringLiteral("invalid_input_type"), QStringLiteral("Failed to convert an input value to a BOOLEAN value"), name, extra);
        } else if (type != QLatin1String("INT") && type != QLatin1String("FLOAT") && type != QLatin1String("STRING")
                   && type != QLatin1String("BOOLEAN")) {
            fail(QStringLiteral("invalid_input_type"), QStringLiteral("Input type mismatch"),
                 QStringLiteral("%1 takes a link to a %2 output").arg(name, type), extra);
        }
    }
}

} // namespace

ComfyInstall ComfyInstall::standard(const QSet<QString> &removedNodes, const QSet<QString> &removedFiles, const QStringList &images)
{
    ComfyInstall install;
    for (const NodeDef &def : kNodes) {
        const QString name = QString::fromLatin1(def.name);
        if (removedNodes.contains(name))
            continue;
        QJsonArray order;
        const QJsonObject required = inputsOf(name, def.required, images, removedFiles, &order);
        const QJsonObject optional = inputsOf(name, def.optional, images, removedFiles, &order);
        const QStringList outputs = QString::fromLatin1(def.outputs).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QJsonObject input{{QStringLiteral("required"), required}};
        if (!optional.isEmpty())
            input.insert(QStringLiteral("optional"), optional);
        install.objectInfo.insert(name, QJsonObject{{QStringLiteral("input"), input},
                                                    {QStringLiteral("input_order"), QJsonObject{{QStringLiteral("required"), order}}},
                                                    {QStringLiteral("output"), QJsonArray::fromStringList(outputs)},
                                                    {QStringLiteral("output_name"), QJsonArray::fromStringList(outputs)},
                                                    {QStringLiteral("output_is_list"), QJsonArray()},
                                                    {QStringLiteral("output_node"), def.outputNode},
                                                    {QStringLiteral("name"), name},
                                                    {QStringLiteral("display_name"), name},
                                                    {QStringLiteral("category"), QStringLiteral("fake")},
                                                    {QStringLiteral("python_module"), QStringLiteral("nodes")}});
    }
    return install;
}

std::optional<QJsonObject> validateComfyPrompt(const QJsonObject &promptIn, const ComfyInstall &install, QStringList *outputs)
{
    // Every class must exist, reachable or not (execution.py checks them all first).
    QJsonObject prompt;
    for (auto it = promptIn.begin(); it != promptIn.end(); ++it) {
        QJsonObject node = it.value().toObject();
        const QString cls = node.value(QLatin1String("class_type")).toString();
        if (!it.value().isObject() || cls.isEmpty())
            return topError(error(QStringLiteral("invalid_prompt"),
                                  QStringLiteral("Cannot execute because a node is missing the class_type property."),
                                  QStringLiteral("Node ID '#%1'").arg(it.key()), {}));
        const QJsonObject info = install.objectInfo.value(cls).toObject();
        if (info.isEmpty()) {
            const QString title = node.value(QLatin1String("_meta")).toObject().value(QLatin1String("title")).toString(cls);
            return topError(error(QStringLiteral("missing_node_type"),
                                  QStringLiteral("Node '%1' not found. The custom node may not be installed.").arg(title),
                                  QStringLiteral("Node ID '#%1'").arg(it.key()),
                                  {{QStringLiteral("node_id"), it.key()}, {QStringLiteral("class_type"), cls},
                                   {QStringLiteral("node_title"), title}}));
        }
        QStringList types;
        for (const QJsonValue &t : info.value(QLatin1String("output")).toArray())
            types.append(t.toString());
        node.insert(QStringLiteral("_types"), types.join(QLatin1Char(' ')));
        prompt.insert(it.key(), node);
        if (info.value(QLatin1String("output_node")).toBool())
            outputs->append(it.key());
    }
    if (outputs->isEmpty())
        return topError(error(QStringLiteral("prompt_no_outputs"), QStringLiteral("Prompt has no outputs"), QString(), {}));
    QJsonObject nodeErrors;
    QStringList firstDetails;
    for (const QString &out : *outputs) {
        QStringList visit{out};
        QSet<QString> seen;
        QJsonArray errors;
        QStringList culprits;
        while (!visit.isEmpty()) {
            const QString id = visit.takeLast();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            const QJsonObject node = prompt.value(id).toObject();
            const QJsonObject info = install.objectInfo.value(node.value(QLatin1String("class_type")).toString()).toObject();
            QJsonArray mine;
            validateNode(prompt, node, info, &mine, &visit);
            if (!mine.isEmpty()) {
                QJsonObject entry = nodeErrors.value(id).toObject();
                entry.insert(QStringLiteral("errors"), mine);
                entry.insert(QStringLiteral("class_type"), node.value(QLatin1String("class_type")));
                QJsonArray dependents = entry.value(QLatin1String("dependent_outputs")).toArray();
                dependents.append(out);
                entry.insert(QStringLiteral("dependent_outputs"), dependents);
                nodeErrors.insert(id, entry);
                for (const QJsonValue &e : mine)
                    firstDetails.append(QStringLiteral("%1: %2").arg(node.value(QLatin1String("class_type")).toString(),
                                                                     e.toObject().value(QLatin1String("details")).toString()));
            }
        }
    }
    if (nodeErrors.isEmpty())
        return std::nullopt;
    return topError(error(QStringLiteral("prompt_outputs_failed_validation"), QStringLiteral("Prompt outputs failed validation"),
                          firstDetails.join(QLatin1Char('\n')), {}),
                    nodeErrors);
}

QByteArray comfyVideo(int width, int height, int frames, double fps)
{
    static QMap<QString, QByteArray> cache;
    const QString key = QStringLiteral("%1x%2x%3@%4").arg(width).arg(height).arg(frames).arg(fps);
    if (cache.contains(key))
        return cache.value(key);
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("clip.mp4"));
    QProcess ffmpeg;
    ffmpeg.start(QStringLiteral("ffmpeg"),
                 {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                  QStringLiteral("testsrc2=size=%1x%2:rate=%3").arg(width).arg(height).arg(fps), QStringLiteral("-frames:v"),
                  QString::number(frames), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-c:v"),
                  QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-movflags"),
                  QStringLiteral("+faststart"), out});
    if (!ffmpeg.waitForFinished(120000) || ffmpeg.exitCode() != 0)
        return QByteArray();
    QFile f(out);
    if (f.open(QIODevice::ReadOnly))
        cache.insert(key, f.readAll());
    return cache.value(key);
}

} // namespace rc::test
