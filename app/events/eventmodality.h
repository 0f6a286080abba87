#pragma once

// Modality is part of the event model (core/event.h), which storage, the timeline and the
// exports carry without linking events, so it lives in core; extraction names it as its own.
#include "core/event.h"

namespace chipline::events {

using core::EventModality;
using core::modalityCode;
using core::modalityFromCode;

} // namespace chipline::events
