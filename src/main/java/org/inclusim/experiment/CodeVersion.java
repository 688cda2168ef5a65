package org.inclusim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * Which code produced a result: the project version, the SHA-256 of the running jar (or
 * "classes" when run from a build folder), and the git commit of the working folder when one is
 * there (with a flag for uncommitted changes).
 */
public final class CodeVersion {
    private CodeVersion() {
    }

    public static Map<String, Object> describe() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", projectVersion());
        out.put("code_sha256", codeChecksum());
        out.put("git_commit", git("rev-parse", "HEAD"));
        String status = git("status", "--porcelain", "--untracked-files=no");
        out.put("git_dirty", status == null ? null : !status.isEmpty());
        out.put("mason_version", sim.engine.SimState.version());
        out.put("java_version", System.getProperty("java.version"));
        out.put("java_vendor", System.getProperty("java.vendor"));
        return out;
    }

    /** The short form for file headers and summaries: version plus commit or jar checksum. */
    public static String shortForm() {
        String commit = git("rev-parse", "--short=12", "HEAD");
        if (commit != null) {
            return projectVersion() + "+" + commit;
        }
        String sum = codeChecksum();
        return projectVersion() + "+" + (sum.length() > 12 ? sum.substring(0, 12) : sum);
    }

    static String projectVersion() {
        Properties p = new Properties();
        try (InputStream in = CodeVersion.class.getResourceAsStream("/org/inclusim/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** The SHA-256 of the running jar, or "classes" (computed once per process). */
    static String codeChecksum() {
        String sum = checksum;
        if (sum == null) {
            sum = computeChecksum();
            checksum = sum;
        }
        return sum;
    }

    private static volatile String checksum;

    private static String computeChecksum() {
        try {
            Path location = Path.of(CodeVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                return "classes";
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(location), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException | SecurityException e) {
            return "unknown";
        }
    }

    private static String git(String... args) {
        try {
            String[] command = new String[args.length + 1];
            command[0] = "git";
            System.arraycopy(args, 0, command, 1, args.length);
            Process process = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(process.getInputStream().readAllBytes()).trim();
            if (!process.waitFor(5, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return null;
            }
            return out;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
