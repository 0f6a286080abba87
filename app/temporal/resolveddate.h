#pragma once

// ResolvedDate is the date of the event model (core/event.h), which storage reads and
// writes without linking temporal, so it lives in core; date resolution names it as its own.
#include "core/resolveddate.h"

namespace chipline::temporal {

using core::DatePrecision;
using core::precisionFromName;
using core::precisionName;
using core::ResolvedDate;

} // namespace chipline::temporal
