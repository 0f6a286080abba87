#pragma once

#include "annotation/occurrence.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTreeWidget;

namespace chipline::ui {

// The review list shown before "apply to all occurrences": one checkable row per
// occurrence (article, context), all checked, so that the analyst can leave some out.
class OccurrenceDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OccurrenceDialog)

public:
    OccurrenceDialog(const QString &prompt, const QList<annotation::Occurrence> &occurrences,
                     QWidget *parent = nullptr);

    QList<annotation::Occurrence> checked() const;

private:
    void updateCount();

    QList<annotation::Occurrence> m_occurrences;
    QTreeWidget *m_list;
    QLabel *m_count;
};

} // namespace chipline::ui
