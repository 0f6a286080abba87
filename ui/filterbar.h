#pragma once

#include "storage/articlelistquery.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QTimer;

namespace chipline::ui {

// The filters above the article list: full-text search as you type, date range, outlet,
// layout, entities (added from the entity panel, removable), with events, undated.
// Emits the whole filter whenever one part changes.
class FilterBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FilterBar)

public:
    explicit FilterBar(QWidget *parent = nullptr);

    storage::ArticleListFilter filter() const;
    void setChoices(const QStringList &outlets, const QStringList &layouts);
    void addEntity(qint64 id, const QString &name);
    void clearAll();
    // Debounce for typing in the search field; 0 applies every keystroke at once.
    void setSearchDelay(int ms);

Q_SIGNALS:
    void filterChanged(const storage::ArticleListFilter &filter);

private:
    void emitChanged();
    void removeEntity(qint64 id);

    QLineEdit *m_search;
    QTimer *m_searchTimer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outlet;
    QComboBox *m_layout;
    QCheckBox *m_events;
    QCheckBox *m_undated;
    QHBoxLayout *m_entityRow;
    QList<std::pair<qint64, QString>> m_entities;
};

} // namespace chipline::ui
