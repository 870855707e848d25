#include "help/FirstRunHint.h"

#include "StudioSettings.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace rc::ui {

FirstRunHint::FirstRunHint(StudioSettings &settings, QWidget *parent)
    : QFrame(parent), m_store(settings), m_text(new QLabel(this)),
      m_settings(new QPushButton(tr("Add a Provider…"), this)), m_dismiss(new QPushButton(tr("Got It"), this))
{
    setObjectName(QStringLiteral("firstRunHint"));
    setAccessibleName(tr("Getting started"));
    // Palette roles, so the strip reads in light and dark themes alike.
    setStyleSheet(QStringLiteral("QFrame#firstRunHint { background: palette(alternate-base);"
                                 " border-bottom: 1px solid palette(mid); }"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setText(tr("<b>Welcome to Reelcraft.</b> Clips are made by a <i>provider</i>. The built-in engine "
                       "is free, works offline and needs no key: it draws your scene with matching sound, good "
                       "for drafts, lessons and product shots. For photoreal clips, use a provider with a key of "
                       "your own: Google Gemini (its key goes in the settings), or OpenRouter and your own "
                       "ComfyUI servers (added with <tt>reelcraft provider add</tt>). The price shows on the "
                       "Generate button before anything is spent."));
    m_settings->setToolTip(tr("Opens the settings, where providers and their keys are kept"));
    m_dismiss->setToolTip(tr("Hide this note for good"));
    m_dismiss->setDefault(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_settings);
    buttons->addWidget(m_dismiss);
    buttons->addStretch();
    auto *box = new QHBoxLayout(this);
    box->setContentsMargins(12, 8, 12, 8);
    box->addWidget(m_text, 1);
    box->addLayout(buttons);

    connect(m_settings, &QPushButton::clicked, this, &FirstRunHint::settingsRequested);
    connect(m_dismiss, &QPushButton::clicked, this, &FirstRunHint::dismiss);
    setVisible(isWanted());
}

bool FirstRunHint::isWanted() const
{
    return !m_store.firstRunHintDismissed.get();
}

void FirstRunHint::dismiss()
{
    m_store.firstRunHintDismissed.set(true);
    m_store.sync();
    hide();
}

} // namespace rc::ui
