#pragma once

#include <QString>

namespace chipline::text {

// The same name as a string without a reference count: its characters are kept for the
// life of the process, so copies of it (one per match, on every thread that matches) touch
// no shared counter. Many threads copying and dropping one shared QString ("Nvidia", a
// quarter of a million times) would bounce its counter's cache line between cores.
// Only for a bounded set of names: the entities' canonical names. Thread-safe.
QString internedName(const QString &name);

} // namespace chipline::text
