package dev.crmroi.store.importing;

import java.nio.file.Path;

/**
 * One file to import and the canonical table it holds.
 *
 * @param table the canonical table
 * @param path the file
 * @param bytes its size
 */
public record SourceFile(String table, Path path, long bytes) {}
