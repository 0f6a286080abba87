#pragma once

#include "storage/entityquery.h"
#include "storage/kwicquery.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTreeView;
class QTreeWidget;

namespace chipline::ui {

// The entities of the current article or of the whole corpus (counts, type, a filter
// box). Selecting one lists its mentions across the corpus as keyword-in-context lines;
// activating a line asks to open that article at the mention.
class EntityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    enum Scope {
        ArticleScope,
        CorpusScope
    };
    static constexpr int kMaxLines = 500;

    explicit EntityPanel(storage::Database &db, QWidget *parent = nullptr);

    void setArticle(qint64 articleId);
    void setScope(Scope scope);
    // Reads the lists again (after an edit or an import).
    void refresh();
    qint64 selectedEntity() const;
    bool selectEntity(qint64 id);

Q_SIGNALS:
    void mentionActivated(qint64 articleId, qint64 start, qint64 end);
    void filterByEntity(qint64 entityId, const QString &name);
    void renameRequested(qint64 entityId);
    void mergeRequested(qint64 entityId);
    void retypeRequested(qint64 entityId);

private:
    void fill(const QList<storage::EntitySummary> &entities);
    void showMentions();
    void showMenu(const QPoint &pos);

    storage::EntityQuery m_query;
    storage::KwicQuery m_kwic;
    QComboBox *m_scope;
    QLineEdit *m_filter;
    QStandardItemModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTreeView *m_view;
    QTreeWidget *m_lines;
    qint64 m_articleId = 0;
    bool m_corpusStale = true;
    qint64 m_shownEntity = -1;
};

} // namespace chipline::ui
