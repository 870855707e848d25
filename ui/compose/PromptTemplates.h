#pragma once

#include <QList>
#include <QString>

namespace rc::ui {

// A starting prompt for a common use. Placeholders are written in [brackets]; the editor selects
// the first one after inserting, so the user types straight over it.
struct PromptTemplate
{
    QString name;
    QString text;
};

QList<PromptTemplate> promptTemplates();

} // namespace rc::ui
