#include "ui/importsummarydialog.h"

#include "ui/importjob.h"

namespace chipline::ui {

ImportSummaryDialog::ImportSummaryDialog(const ImportOutcome &outcome, QWidget *parent)
    : QMessageBox(parent)
{
    setObjectName(QStringLiteral("importSummaryDialog"));
    setWindowTitle(tr("Import"));
    const importing::ImportSummary &s = outcome.summary;
    const bool trouble = !outcome.error.isEmpty() || s.filesFailed > 0;
    setIcon(trouble ? QMessageBox::Warning : QMessageBox::Information);
    if (!outcome.error.isEmpty())
        setText(tr("The import could not start."));
    else if (s.cancelled)
        setText(tr("The import was cancelled. Files finished before that were kept."));
    else if (s.filesFailed > 0)
        setText(tr("The import finished, but some files could not be read."));
    else
        setText(tr("The import finished."));
    setInformativeText(summaryText(outcome));
    setDetailedText(detailsText(outcome));
    setStandardButtons(QMessageBox::Ok);
}

QString ImportSummaryDialog::summaryText(const ImportOutcome &outcome)
{
    if (!outcome.error.isEmpty())
        return outcome.error;
    const importing::ImportSummary &s = outcome.summary;
    QStringList lines;
    lines << tr("Files: %1").arg(s.files) << tr("Articles added: %1").arg(s.articlesAdded)
          << tr("Duplicates skipped: %1").arg(s.duplicates);
    if (s.filesUnchanged > 0)
        lines << tr("Files already imported: %1").arg(s.filesUnchanged);
    lines << tr("Files failed: %1").arg(s.filesFailed);
    if (!s.skippedDatabaseFiles.isEmpty())
        lines << tr("Database files skipped without opening them: %1").arg(s.skippedDatabaseFiles.size());
    return lines.join(u'\n');
}

QString ImportSummaryDialog::detailsText(const ImportOutcome &outcome)
{
    QStringList lines;
    for (const importing::FileProblem &problem : outcome.summary.problems)
        lines << tr("%1: %2").arg(problem.path, problem.reason);
    return lines.join(u'\n');
}

} // namespace chipline::ui
