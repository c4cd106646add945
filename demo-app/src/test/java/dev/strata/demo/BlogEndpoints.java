package dev.strata.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;

/**
 * Calls the running demo over HTTP, as a user would.
 */
final class BlogEndpoints {

	private final HttpClient client = HttpClient.newHttpClient();

	private final int port;

	BlogEndpoints(int port) {
		this.port = port;
	}

	DocumentContext get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		return JsonPath.parse(response.body());
	}

	int post(String path, String json) throws IOException, InterruptedException {
		return this.client
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

}
