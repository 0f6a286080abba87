#pragma once

#include <QWidget>

namespace chipline::ui {

class ReaderBody;

// The strip left of the article text where candidate event sentences are marked, one bar
// per sentence, with the event as the bar's tool tip.
class ReaderMargin final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderMargin)

public:
    static constexpr int kWidth = 14;

    explicit ReaderMargin(ReaderBody *body);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    ReaderBody *m_body;
};

} // namespace chipline::ui
