#pragma once

#include <QTableView>

namespace chipline::ui {

class ArticleListModel;

// The article list's table: one row per article, whole rows selected one at a time,
// sortable by the model (in SQL), fixed row heights so that a long list is never measured.
class ArticleListView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleListView)

public:
    explicit ArticleListView(ArticleListModel *model, QWidget *parent = nullptr);
};

} // namespace chipline::ui
