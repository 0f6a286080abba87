#pragma once

// The category is part of the event model (core/event.h), which storage reads and writes
// without linking events, so it lives in core; extraction names it as its own.
#include "core/eventcategory.h"

namespace chipline::events {

using core::categoryCode;
using core::categoryFromCode;
using core::EventCategory;

} // namespace chipline::events
