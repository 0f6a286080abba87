#include "ui/welcomedialog.h"

#include "storage/database.h"
#include "storage/librarystate.h"
#include "ui/samplecorpus.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace chipline::ui {

namespace {

// The installed icon (packaging/linux/icons), found through the icon theme.
QString iconName()
{
    return QStringLiteral("org.chipline.Chipline");
}

} // namespace

WelcomeDialog::WelcomeDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("welcomeDialog"));
    setWindowTitle(tr("Welcome to Chipline"));

    auto *heading = new QLabel(tr("<h2>Welcome to Chipline</h2>"), this);
    auto *intro = new QLabel(tr("Chipline reads the Korean and English news you save about the AI-chip "
                                "export-control contest, finds the companies, agencies, people, chips "
                                "and dates in it, and builds a timeline. Everything stays on this computer."),
                             this);
    intro->setWordWrap(true);

    auto *steps = new QLabel(this);
    steps->setObjectName(QStringLiteral("welcomeSteps"));
    steps->setWordWrap(true);
    steps->setTextFormat(Qt::RichText);
    steps->setText(tr("<p><b>What to do first</b></p><ol>"
                      "<li>Import the news you saved with <b>File ▸ Import Files…</b> or "
                      "<b>Import Folder…</b>: search-result pages, TV transcripts, wire stories, "
                      "plain text, saved web pages and RSS/Atom feeds.</li>"
                      "<li>Select an article in the list to read it.</li>"
                      "<li>For batch work without a window, run <tt>chipline --help</tt> in a terminal.</li>"
                      "</ol>"
                      "<p>Not sure where to start? Load the sample articles: short synthetic news in "
                      "every layout Chipline reads, to look around in first. You can import your "
                      "own files into the same database later.</p>"));

    auto *location = new QLabel(tr("Your database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    location->setObjectName(QStringLiteral("welcomeDatabasePath"));
    location->setTextInteractionFlags(Qt::TextSelectableByMouse);
    location->setWordWrap(true);
    QFont small = location->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    location->setFont(small);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *load = buttons->addButton(tr("Load Sample Articles"), QDialogButtonBox::AcceptRole);
    load->setObjectName(QStringLiteral("loadSampleButton"));
    load->setDefault(true);
    QPushButton *empty = buttons->addButton(tr("Start Empty"), QDialogButtonBox::RejectRole);
    empty->setObjectName(QStringLiteral("startEmptyButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(heading);
    text->addWidget(intro);
    text->addWidget(steps);
    text->addWidget(location);
    auto *top = new QHBoxLayout;
    const QIcon icon = QIcon::fromTheme(iconName());
    if (!icon.isNull()) {
        auto *picture = new QLabel(this);
        picture->setPixmap(icon.pixmap(64, 64));
        picture->setAlignment(Qt::AlignTop);
        top->addWidget(picture);
        setWindowIcon(icon);
    }
    top->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void WelcomeDialog::offerOnFirstRun(storage::Database &db, const QString &databasePath, QWidget *parent)
{
    auto pristine = storage::LibraryState::isPristine(db);
    if (!pristine) {
        QMessageBox::warning(parent, tr("Chipline"),
                             tr("Cannot read the database.\n\n%1").arg(pristine.error().message));
        return;
    }
    if (!pristine.value())
        return;
    WelcomeDialog dialog(databasePath, parent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto sample = SampleCorpus::importIfPristine(db);
    QApplication::restoreOverrideCursor();
    if (!sample) {
        QMessageBox::warning(parent, tr("Chipline"),
                             tr("The sample articles could not be imported.\n\n%1").arg(sample.error().message));
    }
}

} // namespace chipline::ui
