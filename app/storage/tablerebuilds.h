#pragma once

// The schema versions that rebuild a table to spell its CHECKs as comparisons (see
// tablerebuilds.cpp); Migrations lists them after the others.
namespace chipline::storage {

extern const char *const kTableRebuild14;
extern const char *const kTableRebuild15;

} // namespace chipline::storage
