#pragma once

#include "annotation/timelineservice.h"

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace chipline::ui {

// Edits one event's date and precision, category, title, actors (';'-separated, names
// completed from the known entities), source and notes. OK only with a valid date.
class EventEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditDialog)

public:
    EventEditDialog(const annotation::EventInput &fields, const QStringList &entityNames, QWidget *parent = nullptr);
    annotation::EventInput fields() const;

private:
    void precisionChanged();
    void validate();

    QLineEdit *m_date;
    QComboBox *m_precision;
    QComboBox *m_category;
    QLineEdit *m_title;
    QLineEdit *m_actors;
    QLineEdit *m_source;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace chipline::ui
