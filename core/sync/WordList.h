#pragma once

#include <QString>

namespace dit::sync {

// The verification phrase's words (WordList.cpp). Index 0..255.
QString wordAt(int index);
int wordCount();

} // namespace dit::sync
