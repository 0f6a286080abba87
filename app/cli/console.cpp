#include "cli/console.h"

#include <cstdio>
#include <unistd.h>

namespace chipline::cli {

Console::Console()
    : m_out(stdout),
      m_err(stderr),
      m_errTerminal(::isatty(STDERR_FILENO) == 1)
{
    m_out.setEncoding(QStringConverter::Utf8);
    m_err.setEncoding(QStringConverter::Utf8);
}

} // namespace chipline::cli
