package io.champa.example;

import io.champa.example.chaos.DemoRandom;
import io.champa.example.chaos.FailureInjector;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain (Spring-free) demo helpers that the delegates and the simulator share. */
@Configuration(proxyBeanMethods = false)
class DemoConfiguration {

  @Bean
  DemoRandom demoRandom(ChampaDemoProperties properties) {
    return DemoRandom.seeded(properties.getRandomSeed());
  }

  @Bean
  FailureInjector failureInjector(DemoRandom random, ChampaDemoProperties properties) {
    return new FailureInjector(random, properties.getDelegateFailureShare());
  }
}
