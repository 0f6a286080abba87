#include "exchange/jsonwriter.h"

namespace chipline::exchange {

void JsonWriter::key(const char *name)
{
    if (!m_body.isEmpty())
        m_body += u',';
    m_body += u'"' + QString::fromLatin1(name) + QStringLiteral("\":");
}

JsonWriter &JsonWriter::field(const char *name, const QString &value)
{
    key(name);
    m_body += value.isNull() ? QStringLiteral("null") : quote(value);
    return *this;
}

JsonWriter &JsonWriter::field(const char *name, qint64 value)
{
    key(name);
    m_body += QString::number(value);
    return *this;
}

JsonWriter &JsonWriter::rawField(const char *name, const QString &json)
{
    key(name);
    m_body += json;
    return *this;
}

QString JsonWriter::quote(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

} // namespace chipline::exchange
