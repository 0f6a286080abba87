#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace chipline::storage {
struct StoredArticle;
}

namespace chipline::ui {

// The reader pane: the title (or the first words when there is none) in a large font, a
// metadata line, where the article came from in small grey text, then the body with its
// paragraphs as in the source.
class ArticleReader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleReader)

public:
    explicit ArticleReader(QWidget *parent = nullptr);

    void showArticle(const storage::StoredArticle &stored);
    void clear();
    qint64 articleId() const { return m_articleId; }

    // "outlet · reporter · dateline · published" with empty parts left out; "Undated" when
    // the source gives no date.
    static QString metadataLine(const storage::StoredArticle &stored);

private:
    QLabel *m_title;
    QLabel *m_metadata;
    QLabel *m_source;
    QTextBrowser *m_body;
    qint64 m_articleId = 0;
};

} // namespace chipline::ui
