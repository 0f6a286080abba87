#include "ui/entitychooserdialog.h"

#include "annotation/entitydirectory.h"
#include "ui/entitycolors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace chipline::ui {

namespace {
constexpr int kMaxHits = 60;
enum ItemRole {
    IdRole = Qt::UserRole + 1,
    NameRole,
    TypeRole
};
} // namespace

EntityChooserDialog::EntityChooserDialog(const annotation::EntityDirectory &directory, const QString &prompt,
                                         const QString &text, bool allowCreate, QWidget *parent)
    : QDialog(parent),
      m_directory(directory),
      m_search(new QLineEdit(this)),
      m_list(new QListWidget(this)),
      m_existing(new QRadioButton(tr("&Existing entity"), this)),
      m_create(new QRadioButton(tr("&New entity"), this)),
      m_name(new QLineEdit(text, this)),
      m_type(new QComboBox(this))
{
    setObjectName(QStringLiteral("entityChooserDialog"));
    setWindowTitle(tr("Choose Entity"));
    m_search->setObjectName(QStringLiteral("entitySearch"));
    m_list->setObjectName(QStringLiteral("entityList"));
    m_existing->setObjectName(QStringLiteral("existingEntity"));
    m_create->setObjectName(QStringLiteral("newEntity"));
    m_name->setObjectName(QStringLiteral("newEntityName"));
    m_type->setObjectName(QStringLiteral("entityType"));
    m_search->setPlaceholderText(tr("Search names and aliases"));
    m_search->setClearButtonEnabled(true);
    m_search->setText(text);
    for (const QString &type : EntityColors::types())
        m_type->addItem(EntityColors::displayName(type), type);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Type:"), m_type);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_existing);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_create);
    layout->addLayout(form);
    layout->addWidget(buttons);
    m_create->setVisible(allowCreate);
    m_name->setVisible(allowCreate);
    m_type->setVisible(allowCreate);
    form->labelForField(m_name)->setVisible(allowCreate);
    form->labelForField(m_type)->setVisible(allowCreate);
    resize(460, 480);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &EntityChooserDialog::search);
    connect(m_search, &QLineEdit::textEdited, m_existing, [this] { m_existing->setChecked(true); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_existing->setChecked(true);
        updateState();
    });
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);
    connect(m_name, &QLineEdit::textEdited, m_create, [this] { m_create->setChecked(true); });
    connect(m_existing, &QRadioButton::toggled, this, &EntityChooserDialog::updateState);
    connect(m_create, &QRadioButton::toggled, this, &EntityChooserDialog::updateState);
    connect(m_name, &QLineEdit::textChanged, this, &EntityChooserDialog::updateState);
    search();
    m_existing->setChecked(m_list->count() > 0 || !allowCreate);
    m_create->setChecked(m_list->count() == 0 && allowCreate);
    m_search->setFocus();
    updateState();
}

void EntityChooserDialog::search()
{
    m_list->clear();
    for (const annotation::DirectoryEntry &entry : m_directory.search(m_search->text(), kMaxHits)) {
        if (entry.id != 0 && m_excluded.contains(entry.id))
            continue;
        QStringList aliases = entry.aliases;
        aliases.removeAll(entry.name);
        const QString shown = aliases.isEmpty()
            ? QStringLiteral("%1 — %2").arg(entry.name, EntityColors::displayName(entry.type))
            : QStringLiteral("%1 — %2 (%3)")
                  .arg(entry.name, EntityColors::displayName(entry.type), aliases.mid(0, 4).join(QStringLiteral(", ")));
        auto *item = new QListWidgetItem(shown, m_list);
        item->setData(IdRole, entry.id);
        item->setData(NameRole, entry.name);
        item->setData(TypeRole, entry.type);
        item->setToolTip(entry.aliases.join(QStringLiteral(", ")));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateState();
}

void EntityChooserDialog::excludeEntities(const QList<qint64> &ids)
{
    m_excluded += ids;
    const bool creating = m_create->isChecked();
    search(); // the list was filled when the dialog was made
    if (creating || (m_list->count() == 0 && !m_create->isHidden()))
        m_create->setChecked(true);
}

void EntityChooserDialog::updateState()
{
    const bool existing = m_existing->isChecked();
    m_list->setEnabled(true);
    m_name->setEnabled(!existing);
    m_type->setEnabled(!existing);
    auto *buttons = findChild<QDialogButtonBox *>();
    if (buttons) {
        const bool ok = existing ? m_list->currentItem() != nullptr : !m_name->text().trimmed().isEmpty();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    }
}

annotation::EntityChoice EntityChooserDialog::choice() const
{
    if (m_existing->isChecked()) {
        const QListWidgetItem *item = m_list->currentItem();
        if (!item)
            return {};
        return {item->data(IdRole).toLongLong(), item->data(NameRole).toString(), item->data(TypeRole).toString()};
    }
    return {0, m_name->text().simplified(), m_type->currentData().toString()};
}

void EntityChooserDialog::setType(const QString &type)
{
    const int index = m_type->findData(type);
    if (index >= 0)
        m_type->setCurrentIndex(index);
}

} // namespace chipline::ui
