package org.inclusim.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns a file-system error into words a user can act on: the file and the reason. */
public final class IoErrors {
    private IoErrors() {
    }

    /** For example {@code /tmp/out/afile: not a folder} or {@code permission denied}. */
    public static String describe(IOException e) {
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (e instanceof FileSystemException fs) {
            String file = fs.getFile() == null ? "" : fs.getFile() + ": ";
            return file + reason(fs);
        }
        String message = e.getMessage();
        if (e.getClass() == IOException.class && message != null && !message.isEmpty()) {
            // the operating system's words, such as "No space left on device"
            return Character.toLowerCase(message.charAt(0)) + message.substring(1);
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The same for an I/O error wrapped on its way up. */
    public static String describe(UncheckedIOException e) {
        return describe(e.getCause());
    }

    private static String reason(FileSystemException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "already exists";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "folder not empty";
        }
        String reason = e.getReason();
        if (reason == null) {
            return e.getClass().getSimpleName();
        }
        String lower = reason.toLowerCase(java.util.Locale.ROOT);
        return lower.equals("not a directory") ? "not a folder" : lower;
    }
}
