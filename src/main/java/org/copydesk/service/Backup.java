package org.copydesk.service;

import java.nio.file.Path;
import java.time.Instant;

/** A copy of the desk kept in its backups folder: the file, when it was made, its size, and why ("" for the hourly copy). */
public record Backup(Path file, Instant at, long bytes, String why) {
}
