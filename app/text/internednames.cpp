#include "internednames.h"

#include <QHash>
#include <QMutex>

#include <memory>
#include <vector>

namespace chipline::text {

QString internedName(const QString &name)
{
    if (name.isEmpty())
        return name;
    // Never freed: matches made with a matcher may outlive it (results queued for the
    // window, records kept by a model).
    static auto *const mutex = new QMutex;
    static auto *const names = new QHash<QString, QString>;
    static auto *const storage = new std::vector<std::unique_ptr<char16_t[]>>;
    const QMutexLocker lock(mutex);
    if (const auto it = names->constFind(name); it != names->cend())
        return *it;
    auto &kept = storage->emplace_back(std::make_unique<char16_t[]>(std::size_t(name.size())));
    std::copy(name.utf16(), name.utf16() + name.size(), kept.get());
    QString raw = QString::fromRawData(reinterpret_cast<const QChar *>(kept.get()), name.size());
    names->insert(name, raw);
    return raw;
}

} // namespace chipline::text
