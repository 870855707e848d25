#include "storyboard/LessonFrames.h"

#include "storyboard/ShotFrames.h"
#include "storyboard/TextCards.h"

#include <QCoreApplication>

namespace rc::storyboard {

LessonFrames::LessonFrames(const Storyboard &sb, const LessonTimeline &tl, const QStringList &clips, bool burnCaptions,
                           const QString &cornerLabel)
    : m_sb(sb), m_tl(tl), m_clips(clips), m_burnCaptions(burnCaptions)
{
    const QSize size(sb.size.width, sb.size.height);
    if (!cornerLabel.isEmpty())
        m_label = toYuvOverlay(renderCornerLabel(size, cornerLabel), size.width(), size.height());
}

LessonFrames::~LessonFrames() = default;

const media::YuvFrame *LessonFrames::partFrame(const LessonPart &p, int frame, QString *error)
{
    const QSize size(m_sb.size.width, m_sb.size.height);
    if (p.shot < 0) {
        if (m_title.width == 0)
            m_title = toYuv(renderTitleCard(size, m_sb.title, m_sb.subtitle));
        return &m_title;
    }
    auto it = m_open.find(p.shot);
    if (it == m_open.end()) {
        auto frames = std::make_unique<ShotFrames>();
        QString why;
        if (!frames->open(m_clips.value(p.shot), size, &why)) {
            *error = shotName(p.shot) + QStringLiteral(": ") + why;
            return nullptr;
        }
        it = m_open.emplace(p.shot, std::move(frames)).first;
    }
    return &it->second->frameAt(m_tl.seconds(frame - p.startFrame));
}

// The caption of the cue that holds `frame`, rendered once per shot; null when there is none.
const YuvOverlay *LessonFrames::captionAt(int frame)
{
    if (!m_burnCaptions)
        return nullptr;
    for (const LessonPart &p : m_tl.parts) {
        if (p.shot < 0 || frame < p.cueStartFrame || frame >= p.cueEndFrame || m_sb.shots[p.shot].caption.isEmpty())
            continue;
        if (m_captionShot != p.shot) { // cues do not overlap: one caption at a time is all a frame shows
            m_caption = toYuvOverlay(renderCaption(QSize(m_sb.size.width, m_sb.size.height), m_sb.shots[p.shot].caption),
                                     m_sb.size.width, m_sb.size.height);
            m_captionShot = p.shot;
        }
        return &m_caption;
    }
    return nullptr;
}

void LessonFrames::closeBefore(int frame)
{
    for (auto it = m_open.begin(); it != m_open.end();) {
        const LessonPart *p = m_tl.partOfShot(it->first);
        it = p && p->startFrame + p->lengthFrames <= frame ? m_open.erase(it) : std::next(it);
    }
}

bool LessonFrames::compose(int f, media::YuvFrame *out, QString *error)
{
    const QList<const LessonPart *> parts = m_tl.partsAt(f);
    QString why;
    const media::YuvFrame *first = parts.isEmpty() ? nullptr : partFrame(*parts.first(), f, &why);
    if (!first) {
        *error = why.isEmpty() ? QCoreApplication::translate("LessonAssembler", "frame %1 belongs to no part").arg(f) : why;
        return false;
    }
    if (parts.size() > 1) {
        const media::YuvFrame *second = partFrame(*parts[1], f, &why);
        if (!second) {
            *error = why;
            return false;
        }
        // The incoming part's weight rises across the overlap, reaching 1 as the outgoing ends.
        const int into = f - parts[1]->startFrame;
        blendYuv(*first, *second, (into + 1) * 256 / (m_tl.overlapFrames + 1), out);
    } else {
        // Assigning into a buffer of the same size copies without reallocating.
        *out = *first;
    }
    if (const YuvOverlay *caption = captionAt(f))
        drawYuvOverlay(*out, *caption);
    if (!m_label.isNull())
        drawYuvOverlay(*out, m_label);
    closeBefore(f + 1);
    return true;
}

} // namespace rc::storyboard
