package org.inclusim.scenario;

/**
 * One thing wrong with a scenario file, with its location. Lines and columns are 1-based; 0
 * means the location is the file as a whole.
 */
public record ScenarioProblem(String file, int line, int column, String key, String message) {

    /** {@code file:line:column: key 'path': message}, the form editors and CI logs understand. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ");
        if (key != null && !key.isEmpty()) {
            sb.append("key '").append(key).append("': ");
        }
        return sb.append(message).toString();
    }
}
