#include "storyboard/ShotFrames.h"

#include <QCoreApplication>

namespace rc::storyboard {

bool ShotFrames::open(const QString &path, QSize size, QString *error)
{
    m_size = size;
    if (!m_reader.open(path, error))
        return false;
    if (!m_reader.nextYuv(&m_current, size, {0.5, 0.5}, &m_firstSec)) {
        if (error)
            *error = QCoreApplication::translate("ShotFrames", "%1 has no picture to show").arg(path);
        return false;
    }
    readNext();
    return true;
}

bool ShotFrames::readNext()
{
    m_haveNext = m_reader.nextYuv(&m_next, m_size, {0.5, 0.5}, &m_nextSec);
    return m_haveNext;
}

const media::YuvFrame &ShotFrames::frameAt(double localSec)
{
    // A quarter frame of slack against timestamps rounded to the stream's time base.
    // Clips may not start at time zero: times count from the first frame.
    while (m_haveNext && m_firstSec + localSec + 0.01 >= m_nextSec) {
        std::swap(m_current, m_next);
        readNext();
    }
    return m_current;
}

} // namespace rc::storyboard
