package io.chataccess.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 7396's examples (appendix A). */
class JsonMergePatchTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode json(String text) throws Exception {
    return JSON.readTree(text.replace('\'', '"'));
  }

  @ParameterizedTest(name = "{0} + {1} = {2}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "{'a':'b'}                 | {'a':'c'}                  | {'a':'c'}",
        "{'a':'b'}                 | {'b':'c'}                  | {'a':'b','b':'c'}",
        "{'a':'b'}                 | {'a':null}                 | {}",
        "{'a':'b','b':'c'}         | {'a':null}                 | {'b':'c'}",
        "{'a':['b']}               | {'a':'c'}                  | {'a':'c'}",
        "{'a':'c'}                 | {'a':['b']}                | {'a':['b']}",
        "{'a':{'b':'c'}}           | {'a':{'b':'d','c':null}}   | {'a':{'b':'d'}}",
        "{'a':[{'b':'c'}]}         | {'a':[1]}                  | {'a':[1]}",
        "['a','b']                 | ['c','d']                  | ['c','d']",
        "{'a':'b'}                 | ['c']                      | ['c']",
        "{'a':'foo'}               | null                       | null",
        "{'a':'foo'}               | 'bar'                      | 'bar'",
        "{'e':null}                | {'a':1}                    | {'e':null,'a':1}",
        "[1,2]                     | {'a':'b','c':null}         | {'a':'b'}",
        "{}                        | {'a':{'bb':{'ccc':null}}}  | {'a':{'bb':{}}}"
      })
  void the_rfc_examples(String target, String patch, String result) throws Exception {
    assertThat(JsonMergePatch.apply(json(target), json(patch))).isEqualTo(json(result));
  }
}
