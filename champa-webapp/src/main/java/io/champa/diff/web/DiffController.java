package io.champa.diff.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;

import com.fasterxml.jackson.annotation.JsonAlias;

import io.champa.auth.Permission;
import io.champa.auth.RequiresPermission;
import io.champa.diff.DeployedModels;
import io.champa.diff.DiffResult;
import io.champa.diff.ElementChange;
import io.champa.diff.ElementRef;
import io.champa.diff.DiffSummary;
import io.champa.diff.ModelComparison;
import io.champa.diff.ModelComparison.Side;
import io.champa.model.ModelParser;
import io.champa.diff.ModelType;
import io.champa.web.ApiProblem;
import io.champa.web.ChampaApi;
import io.champa.web.ModelProblems;

/**
 * The BPMN and DMN diff: which models can be compared, their XML, and the comparison of two
 * deployed versions, a file against a deployed version, or two files (JSON with the files' text,
 * or multipart).
 */
@ChampaApi
@RequestMapping("/diff")
@RequiresPermission(Permission.DIFF_TOOL_DATA)
public class DiffController {

  private final DeployedModels deployed;
  private final ModelComparison comparison;

  public DiffController(DeployedModels deployed, ModelComparison comparison) {
    this.deployed = deployed;
    this.comparison = comparison;
  }

  @GetMapping("/definitions")
  public Items definitions() {
    return new Items(deployed.all());
  }

  @GetMapping("/models/{type}/{key}/{version}/xml")
  public ModelXml xml(@PathVariable String type, @PathVariable String key, @PathVariable int version) {
    ModelType modelType = ModelType.of(type);
    return new ModelXml(key, version, modelType.code(), new String(deployed.xml(modelType, key, version), StandardCharsets.UTF_8));
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  public DiffResponse compare(@RequestBody DiffRequest request) {
    if (request == null) {
      throw ApiProblem.badRequest("A body is required");
    }
    Side left = side(request.key(), request.leftVersion(), request.leftXml(), request.leftName(), "left");
    Side right = side(request.key(), request.rightVersion(), request.rightXml(), request.rightName(), "right");
    return DiffResponse.of(comparison.compare(ModelType.of(request.type() == null ? "bpmn" : request.type()), left, right));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public DiffResponse compareFiles(@RequestPart(required = false) MultipartFile left,
      @RequestPart(required = false) MultipartFile right, @RequestParam(required = false) String type,
      @RequestParam(required = false) String processKey, @RequestParam(required = false) Integer leftVersion,
      @RequestParam(required = false) Integer rightVersion) throws IOException {
    Side leftSide = left != null ? upload(left, "left") : new Side(processKey, leftVersion, null, null);
    Side rightSide = right != null ? upload(right, "right") : new Side(processKey, rightVersion, null, null);
    return DiffResponse.of(comparison.compare(ModelType.of(type == null ? "bpmn" : type), leftSide, rightSide));
  }

  private static Side side(String key, Integer version, String xml, String name, String which) {
    if (xml != null) {
      byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
      if (bytes.length > ModelParser.DEFAULT_MAX_BYTES) {
        throw ModelProblems.tooLarge(which + " file");
      }
      return new Side(null, null, bytes, name);
    }
    return new Side(key, version, null, null);
  }

  private static Side upload(MultipartFile file, String which) throws IOException {
    if (file.getSize() > ModelParser.DEFAULT_MAX_BYTES) {
      throw ModelProblems.tooLarge(which + " file");
    }
    return new Side(null, null, file.getBytes(), file.getOriginalFilename());
  }

  /** Deployed keys with their versions. */
  public record Items(List<DeployedModels.DeployedKey> items) {
  }

  /** A deployed model's XML. */
  public record ModelXml(String key, int version, String type, String xml) {
  }

  /** What to compare: {@code key} (or {@code processKey}) with versions, and/or files' text ({@code leftXml}, {@code rightXml}). */
  public record DiffRequest(String type, @JsonAlias("processKey") String key, Integer leftVersion, Integer rightVersion, String leftXml,
      String leftName, String rightXml, String rightName) {
  }

  /** The comparison: both models and the differences, in the engine's classes. */
  public record DiffResponse(ModelComparison.Model left, ModelComparison.Model right, List<ElementRef> added,
      List<ElementRef> removed, List<ElementChange> changed, List<ElementRef> layoutChanged, DiffSummary summary) {

    static DiffResponse of(ModelComparison.Comparison comparison) {
      DiffResult diff = comparison.diff();
      return new DiffResponse(comparison.left(), comparison.right(), diff.added(), diff.removed(), diff.changed(),
          diff.layoutChanged(), diff.summary());
    }
  }
}
