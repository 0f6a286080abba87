#pragma once

#include <QMessageBox>

namespace chipline::ui {

struct ImportOutcome;

// Tells the user what an import did: files, articles added, duplicates skipped, and for
// every file that failed its path and the reason, in the expandable details area.
class ImportSummaryDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportSummaryDialog)

public:
    explicit ImportSummaryDialog(const ImportOutcome &outcome, QWidget *parent = nullptr);

    static QString summaryText(const ImportOutcome &outcome);
    static QString detailsText(const ImportOutcome &outcome);
};

} // namespace chipline::ui
