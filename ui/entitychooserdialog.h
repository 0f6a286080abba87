#pragma once

#include "annotation/annotationservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QRadioButton;

namespace chipline::annotation {
class EntityDirectory;
}

namespace chipline::ui {

// Chooses the entity for an annotation, a relink, an alias or a merge: a search over
// names and aliases as you type, or (when allowed) a new entity with a name and a type.
class EntityChooserDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityChooserDialog)

public:
    EntityChooserDialog(const annotation::EntityDirectory &directory, const QString &prompt, const QString &text,
                        bool allowCreate, QWidget *parent = nullptr);

    // The choice: an existing entity (id, or by name for a built-in one not yet in the
    // database) or a new one.
    annotation::EntityChoice choice() const;
    // Preselects the type for a new entity.
    void setType(const QString &type);
    // Leaves entities out of the list (the one being merged, the names being aliased).
    void excludeEntity(qint64 id) { excludeEntities({id}); }
    void excludeEntities(const QList<qint64> &ids);

private:
    void search();
    void updateState();

    const annotation::EntityDirectory &m_directory;
    QLineEdit *m_search;
    QListWidget *m_list;
    QRadioButton *m_existing;
    QRadioButton *m_create;
    QLineEdit *m_name;
    QComboBox *m_type;
    QList<qint64> m_excluded;
};

} // namespace chipline::ui
