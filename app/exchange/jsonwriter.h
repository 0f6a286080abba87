#pragma once

#include <QString>

namespace chipline::exchange {

// Builds one JSON object in a fixed field order (QJsonObject would sort the keys), for
// exports that people read and diff.
class JsonWriter final
{
public:
    JsonWriter &field(const char *name, const QString &value); // a null QString writes null
    JsonWriter &field(const char *name, qint64 value);
    JsonWriter &rawField(const char *name, const QString &json);
    QString object() const { return u'{' + m_body + u'}'; }

    static QString quote(const QString &value);

private:
    void key(const char *name);
    QString m_body;
};

} // namespace chipline::exchange
