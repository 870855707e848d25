#pragma once

#include "media/MediaReader.h"
#include "media/YuvFrame.h"

#include <QSize>
#include <QString>

namespace rc::storyboard {

// A made shot's pictures, asked for by time from the shot's start, crop-fitted to the lesson's
// size. Times only move forward (the lesson plays each shot once, in order). Past the clip's
// end the last frame holds, which is how a shot lengthened for its narration keeps going.
class ShotFrames
{
public:
    bool open(const QString &path, QSize size, QString *error);
    const media::YuvFrame &frameAt(double localSec);

private:
    bool readNext();

    media::VideoReader m_reader;
    QSize m_size;
    media::YuvFrame m_current;
    media::YuvFrame m_next;
    double m_firstSec = 0;
    double m_nextSec = 0;
    bool m_haveNext = false;
};

} // namespace rc::storyboard
