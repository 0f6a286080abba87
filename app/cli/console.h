#pragma once

#include <QString>
#include <QTextStream>

namespace chipline::cli {

// UTF-8 standard output and error for the command line, whatever the locale.
class Console final
{
    Q_DISABLE_COPY_MOVE(Console)

public:
    Console();

    QTextStream &out() { return m_out; }
    QTextStream &err() { return m_err; }
    // True when standard error is a terminal: progress lines go there only then.
    bool errIsTerminal() const { return m_errTerminal; }

private:
    QTextStream m_out;
    QTextStream m_err;
    bool m_errTerminal;
};

} // namespace chipline::cli
