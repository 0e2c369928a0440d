package io.champa.example.traffic;

import java.util.Map;

/** What to start: a process key, a business key and the instance's first variables. */
public record StartRequest(String processKey, String businessKey, Map<String, Object> variables) {
}
