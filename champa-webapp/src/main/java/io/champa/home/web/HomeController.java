package io.champa.home.web;

import org.springframework.web.bind.annotation.GetMapping;

import io.champa.auth.SignedInOnly;
import io.champa.home.EngineSummary;
import io.champa.home.EngineSummaryService;
import io.champa.web.ChampaApi;

/** The home page's data: engine, versions and what is deployed. */
@ChampaApi
public class HomeController {

  private final EngineSummaryService summaries;

  public HomeController(EngineSummaryService summaries) {
    this.summaries = summaries;
  }

  @GetMapping("/home")
  @SignedInOnly
  public EngineSummary home() {
    return summaries.summary();
  }
}
