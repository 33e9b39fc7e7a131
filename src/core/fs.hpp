#pragma once
// File system access behind small functions, so errors are uniform and writes are atomic.

#include <cstddef>
#include <string>

namespace plainly {

/// Read a whole file. Throws PlainlyError (exit 2) naming the file if it is missing,
/// a directory, unreadable, or larger than `max_bytes`.
std::string read_file(const std::string& path, size_t max_bytes = 256u * 1024 * 1024);

/// Write `content` to `path` atomically: write a temporary file beside it, flush, then
/// rename. Creates parent folders. On failure the old file (if any) is left untouched and
/// PlainlyError (exit 2) is thrown naming the path.
void write_file_atomic(const std::string& path, const std::string& content);

/// True if `path` exists and is a regular file.
bool file_exists(const std::string& path);

}  // namespace plainly
