#pragma once

#include "storage/articlelistquery.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QCompleter;
class QStringListModel;
class QDateEdit;
class QHBoxLayout;
class QLineEdit;
class QTimer;
class QToolButton;

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
    // The data's first and last days: an unset From picker opens at the first, To at the last.
    void setDateRange(QDate first, QDate last);
    // The outlets, layouts and date range of the list query's database, read now, or
    // read on a worker's read-only connection to the database at path (the window shows
    // sooner; a million articles take a while).
    void loadChoices(storage::ArticleListQuery &query);
    void loadChoicesInBackground(const QString &path, storage::ArticleListQuery &query);
    void addEntity(qint64 id, const QString &name);
    // How the entity field finds entities (id, name) by any name or alias as it is typed.
    void setEntitySearch(std::function<QList<std::pair<qint64, QString>>(const QString &)> search);
    // The entities a search text names by one of their names or aliases: the search finds
    // the articles that mention them too ("Nvidia" finds 엔비디아).
    void setSearchEntities(std::function<QList<qint64>(const QString &)> resolve);
    void clearAll();
    // Debounce for typing in the search field; 0 applies every keystroke at once.
    void setSearchDelay(int ms);
    // Checks the Relevance choice beside the search field, shown while a search is typed;
    // ranked false says the search is too short or too wide to rank.
    void setSortedByRelevance(bool on, bool ranked);

Q_SIGNALS:
    void filterChanged(const storage::ArticleListFilter &filter);
    // The Relevance choice was clicked while the list is sorted by a column.
    void relevanceWanted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void emitChanged();
    void removeEntity(qint64 id);
    void completeEntities(const QString &text);
    void chooseEntity(const QString &name);

    QLineEdit *m_search;
    QToolButton *m_relevance;
    QTimer *m_searchTimer;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_outlet;
    QComboBox *m_layout;
    QCheckBox *m_events;
    QCheckBox *m_undated;
    QHBoxLayout *m_entityRow;
    QLineEdit *m_entityField;
    QStringListModel *m_entityNames;
    QList<std::pair<qint64, QString>> m_entityHits; // behind m_entityNames
    std::function<QList<std::pair<qint64, QString>>(const QString &)> m_entitySearch;
    std::function<QList<qint64>(const QString &)> m_searchEntities;
    QList<std::pair<qint64, QString>> m_entities;
    QDate m_first;
    QDate m_last;
};

} // namespace chipline::ui
