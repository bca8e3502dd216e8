package cn.dangjian.workflow.membership;

import java.time.LocalDate;

/** A received written application for Party membership (入党申请书), as registered at the start of a case. */
public record Application(String applicantName, String gender, String ethnicity, LocalDate birthDate,
    String idCardNumber, String education, String unit, String phone, LocalDate applicationDate, String branchCode) {}
