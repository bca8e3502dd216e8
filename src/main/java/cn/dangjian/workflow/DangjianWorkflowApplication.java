package cn.dangjian.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DangjianWorkflowApplication {

  public static void main(String[] args) {
    SpringApplication.run(DangjianWorkflowApplication.class, args);
  }
}
