#include "ui/occurrencedialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace chipline::ui {

OccurrenceDialog::OccurrenceDialog(const QString &prompt, const QList<annotation::Occurrence> &occurrences,
                                   QWidget *parent)
    : QDialog(parent),
      m_occurrences(occurrences),
      m_list(new QTreeWidget(this)),
      m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("occurrenceDialog"));
    setWindowTitle(tr("Apply to All Occurrences"));
    m_list->setObjectName(QStringLiteral("occurrenceList"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setHeaderLabels({tr("Article"), tr("Context")});
    m_list->header()->setStretchLastSection(true);
    for (qsizetype i = 0; i < m_occurrences.size(); ++i) {
        const annotation::Occurrence &o = m_occurrences.at(i);
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, o.title.isEmpty() ? tr("Article %1").arg(o.articleId) : o.title);
        item->setText(1, o.left + QStringLiteral(" [") + o.hit + QStringLiteral("] ") + o.right);
        item->setToolTip(1, item->text(1));
        item->setCheckState(0, Qt::Checked);
        item->setData(0, Qt::UserRole, qint64(i));
    }
    m_list->setColumnWidth(0, 220);

    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_count);
    layout->addWidget(buttons);
    resize(820, 460);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QTreeWidget::itemChanged, this, &OccurrenceDialog::updateCount);
    updateCount();
}

QList<annotation::Occurrence> OccurrenceDialog::checked() const
{
    QList<annotation::Occurrence> out;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->checkState(0) == Qt::Checked)
            out.append(m_occurrences.at(item->data(0, Qt::UserRole).toLongLong()));
    }
    return out;
}

void OccurrenceDialog::updateCount()
{
    const qsizetype n = checked().size();
    m_count->setText(tr("%n of %1 occurrences selected", nullptr, int(n)).arg(m_occurrences.size()));
    if (auto *buttons = findChild<QDialogButtonBox *>())
        buttons->button(QDialogButtonBox::Ok)->setEnabled(n > 0);
}

} // namespace chipline::ui
